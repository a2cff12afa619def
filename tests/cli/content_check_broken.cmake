# Copies content/ and i18n/, breaks them in ways a content editor might, and
# checks `content check` names each problem's file and JSON path.
file(REMOVE_RECURSE ${WORK})
file(COPY ${SRC}/content ${SRC}/i18n DESTINATION ${WORK})

function(expect_rejected what expected)
  execute_process(COMMAND ${RUNNER} ${CLI} content check ${WORK}/content RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
  if(rc EQUAL 0)
    message(FATAL_ERROR "${what}: content check accepted broken content:\n${out}")
  endif()
  if(NOT err MATCHES "${expected}")
    message(FATAL_ERROR "${what}: expected a message matching '${expected}', got:\n${err}")
  endif()
  message(STATUS "${what}: rejected as expected: ${err}")
endfunction()

# 1. A screen uses a catalog key that does not exist.
file(READ ${WORK}/content/screens.json screens)
string(REPLACE "\"welcome.intro\"" "\"welcome.intr0\"" broken "${screens}")
file(WRITE ${WORK}/content/screens.json "${broken}")
expect_rejected("unknown key" "screens.json: /screens/0/blocks/0/text: unknown catalog key \"welcome.intr0\"")
file(WRITE ${WORK}/content/screens.json "${screens}")

# 2. A figure points at a fact id that facts.json lacks.
string(REPLACE "\"F-COST-1\", \"value\": \"per_part\"" "\"F-COST-9\", \"value\": \"per_part\"" broken "${screens}")
file(WRITE ${WORK}/content/screens.json "${broken}")
expect_rejected("missing fact id" "args/per_part/fact: unknown fact id \"F-COST-9\"")
file(WRITE ${WORK}/content/screens.json "${screens}")

# 3. Invalid JSON.
file(WRITE ${WORK}/content/gemeente.json "{ \"name\": \"Gemeente X\", ")
expect_rejected("bad JSON" "gemeente.json: not valid JSON")
file(COPY ${SRC}/content/gemeente.json DESTINATION ${WORK}/content)

# 4. A translation whose pattern does not parse.
file(READ ${WORK}/i18n/en.json en)
string(REPLACE "{years, plural," "{years, plural " broken "${en}")
file(WRITE ${WORK}/i18n/en.json "${broken}")
expect_rejected("bad pattern" "en.json: /welcome.term: message pattern does not parse")
file(WRITE ${WORK}/i18n/en.json "${en}")

# 5. A fact without a source.
file(READ ${WORK}/content/facts.json facts)
string(REGEX REPLACE "\"source\": \"Besluit inburgering[^\"]*\"," "" broken "${facts}")
file(WRITE ${WORK}/content/facts.json "${broken}")
expect_rejected("fact without source" "facts.json: /facts/F-TERM-3/source: missing")
file(WRITE ${WORK}/content/facts.json "${facts}")

# 6. A "next" that goes to a screen that does not exist (a typo in an id).
file(READ ${WORK}/content/screens.json screens)
string(REPLACE "\"next\": \"q_school_years\"" "\"next\": \"q_school_yeers\"" broken "${screens}")
file(WRITE ${WORK}/content/screens.json "${broken}")
expect_rejected("dangling next" "screens.json: /screens/[0-9]+/next: next goes to unknown screen \"q_school_yeers\"")
file(WRITE ${WORK}/content/screens.json "${screens}")

# 7. A screen no path leads to any more (its only way in was redirected).
string(REPLACE "\"go\": \"older_rules\"" "\"go\": \"q_duo_letter\"" broken "${screens}")
file(WRITE ${WORK}/content/screens.json "${broken}")
expect_rejected("unreachable screen" "screens.json: /screens/[0-9]+/id: screen \"older_rules\" is unreachable")
file(WRITE ${WORK}/content/screens.json "${screens}")

# 8. A branch that tests an answer no question gives.
string(REPLACE "{\"answer\": \"nl_diploma\", \"equals\": \"yes\"}, \"go\"" "{\"answer\": \"nl_diplomma\", \"equals\": \"yes\"}, \"go\"" broken "${screens}")
file(WRITE ${WORK}/content/screens.json "${broken}")
expect_rejected("condition on unknown answer" "screens.json: /screens/[0-9]+/next/0/if/answer: condition on unknown answer \"nl_diplomma\"")
file(WRITE ${WORK}/content/screens.json "${screens}")

# 9. An indicative-route rule in flow.json that names an option the question lacks.
file(READ ${WORK}/content/flow.json flow)
string(REPLACE "[\"none\", \"words\"]" "[\"none\", \"wordz\"]" broken "${flow}")
file(WRITE ${WORK}/content/flow.json "${broken}")
expect_rejected("route rule on unknown option" "flow.json: /routes/rules/4/when/all/2: question \"dutch_level\" has no option \"wordz\"")
file(WRITE ${WORK}/content/flow.json "${flow}")

# 10. A section whose title is not a catalog key, and a screen left out of every section.
string(REPLACE "\"section.check\"" "\"section.chek\"" broken "${flow}")
string(REPLACE ", \"finish\"]" "]" broken "${broken}")
file(WRITE ${WORK}/content/flow.json "${broken}")
expect_rejected("unknown section title" "flow.json: /sections/[0-9]+/title: unknown catalog key \"section.chek\"")
expect_rejected("screen in no section" "flow.json: /sections: screen \"finish\" is in no section")
file(WRITE ${WORK}/content/flow.json "${flow}")

# 11. A "read more" button shown to one role only (what it folds would then depend on the role).
file(READ ${WORK}/content/screens.json screens)
string(REPLACE "{\"type\": \"more\", \"text\": \"contact.title\"}" "{\"type\": \"more\", \"text\": \"contact.title\", \"roles\": [\"referent\"]}" broken "${screens}")
file(WRITE ${WORK}/content/screens.json "${broken}")
expect_rejected("more block for one role" "screens.json: /screens/[0-9]+/blocks/[0-9]+/roles: a \"more\" block is the same for everyone")
file(WRITE ${WORK}/content/screens.json "${screens}")

# 12. Certainty as data: a fact without its confidence, one with an unknown
# label, and one that is not V without whom to check it with.
file(READ ${WORK}/content/facts.json facts)
string(REPLACE "\"status\": \"V2\", \"check_with\": \"gemeente\", \"source\": \"Besluit" "\"source\": \"Besluit" broken "${facts}")
file(WRITE ${WORK}/content/facts.json "${broken}")
expect_rejected("fact without confidence" "facts.json: /facts/F-TERM-3/status: missing")
string(REPLACE "\"status\": \"V2\", \"check_with\": \"gemeente\", \"source\": \"Besluit" "\"status\": \"probably\", \"source\": \"Besluit" broken "${facts}")
file(WRITE ${WORK}/content/facts.json "${broken}")
expect_rejected("unknown confidence" "facts.json: /facts/F-TERM-3/status: unknown confidence \"probably\"")
string(REPLACE "\"status\": \"V2\", \"check_with\": \"gemeente\", \"source\": \"Besluit" "\"status\": \"V2\", \"source\": \"Besluit" broken "${facts}")
file(WRITE ${WORK}/content/facts.json "${broken}")
expect_rejected("no check_with" "facts.json: /facts/F-TERM-3/check_with: missing")
file(WRITE ${WORK}/content/facts.json "${facts}")
