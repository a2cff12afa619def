# [SECTION] The calculator verbs as people script them (issue 3's interface).
add_test(NAME cli_loan_json COMMAND ${CLI} loan --amount 8000 --rate 1.78 --payout 2026-03-01 --start 2029-09-01 --json)
set_tests_properties(cli_loan_json PROPERTIES PASS_REGULAR_EXPRESSION
  "\"balance_at_start\": 8513.86.*\"first_payment_date\": \"2029-09-01\".*\"last_payment_date\": \"2039-08-01\".*\"monthly_payment\": 77.5,.*\"payments\": 120.*\"sources\".*F-LOAN-4.*\"total_interest\": 1300.4.*\"total_repaid\": 9300.4")

add_test(NAME cli_timeline_json COMMAND ${CLI} timeline --permit 2026-03-01 --duo-notice 2026-04-15 --partner-dutch --together-since 2025-05-10 --turkish --json)
set_tests_properties(cli_timeline_json PROPERTIES PASS_REGULAR_EXPRESSION
  "\"date\": \"2026-06-24\",[^}]*\"id\": \"pip_deadline\".*\"date\": \"2028-05-10\",[^}]*\"id\": \"naturalisation_earliest\".*\"date\": \"2029-03-01\",[^}]*\"id\": \"independent_permit\".*\"date\": \"2029-06-24\",[^}]*\"id\": \"term_end\"")

# Bad input: a clear one-line message naming the flag and value, a non-zero exit, no crash.
function(cli_rejects name expected)
  add_test(NAME cli_rejects_${name} COMMAND ${CMAKE_COMMAND} "-DRUNNER=${CLI_RUNNER}" -DCLI=${CLI_PATH}
           "-DEXPECTED=${expected}" "-DARGS=${ARGN}" -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/expect_error.cmake)
endfunction()
cli_rejects(bad_date "--payout 2026-02-30: not a date" loan --amount 8000 --payout 2026-02-30 --start 2029-09-01)
cli_rejects(negative_amount "the amount must be more than EUR 0, not -5.00" loan --amount -5 --payout 2026-03-01 --start 2029-09-01)
cli_rejects(rate_above_20 "between 0% and 20% a year, not 25.00%" loan --amount 8000 --rate 25 --payout 2026-03-01 --start 2029-09-01)
cli_rejects(start_before_payout "the repayment start \\(2026-02-01\\) is before the payout \\(2026-03-01\\)" loan --amount 8000 --payout 2026-03-01 --start 2026-02-01)
cli_rejects(amount_not_a_number "--amount lots: not a number" loan --amount lots --payout 2026-03-01 --start 2029-09-01)
cli_rejects(missing_flag "--payout is required" loan --amount 8000)
cli_rejects(unknown_flag "unknown argument \"--colour\"" timeline --permit 2026-03-01 --colour red)
cli_rejects(bad_permit "--permit x: not a date" timeline --permit x)

add_test(NAME cli_route_json COMMAND ${CLI} route --route z --hours-per-week 10 --json)
set_tests_properties(cli_route_json PROPERTIES PASS_REGULAR_EXPRESSION
  "\"hours\": 800.*\"months\": 19.*\"needs_keurmerk_school\": true.*\"route\": \"z\".*F-ROUTE-3.*\"total\": 12250.0")
cli_rejects(unknown_route "unknown route \"c2\"" route --route c2)
cli_rejects(retakes_not_whole "--retakes 1.5: not a whole number" route --route b1 --retakes 1.5)
