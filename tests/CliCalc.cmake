# [SECTION] The calculator verbs as people script them (issue 3's interface).
# Numbers are hand-computed in tests/core/calc_loan_test.cpp and friends.
add_test(NAME cli_loan_json COMMAND ${CLI} loan --amount 8000 --rate 1.78 --payout 2026-03-01 --start 2029-09-01 --json)
set_tests_properties(cli_loan_json PROPERTIES PASS_REGULAR_EXPRESSION
  "\"balance_at_start\": 8513.86.*\"first_payment_date\": \"2029-09-01\".*\"last_payment_date\": \"2039-08-01\".*\"monthly_payment\": 77.5,.*\"payments\": 120.*\"rate_is_last_confirmed\": true.*\"sources\".*F-LOAN-4.*\"total_interest\": 1300.4.*\"total_repaid\": 9300.4")

# Without --rate the dated content rate (F-LOAN-4) is used and said to be the last confirmed one.
add_test(NAME cli_loan_default_rate COMMAND ${CLI} loan --amount 8000 --payout 2026-03-01 --start 2029-09-01)
set_tests_properties(cli_loan_default_rate PROPERTIES PASS_REGULAR_EXPRESSION
  "at 1.78% a year \\(the last confirmed rate, since 2023-01-01\\).*monthly payment +EUR 77.50, 120 payments")

# --finish: repayment 6 months after the expected end (F-LOAN-3); the schedule ends at zero.
add_test(NAME cli_loan_finish_schedule COMMAND ${CLI} loan --amount 5000 --rate 0 --payout 2026-03-01 --finish 2028-08-31 --months 2 --json --schedule)
set_tests_properties(cli_loan_finish_schedule PROPERTIES PASS_REGULAR_EXPRESSION
  "\"first_payment_date\": \"2029-02-28\".*\"schedule\": \\[[^]]*\"date\": \"2029-02-28\",[^]]*\"payment\": 2500.0,[^]]*\"remaining\": 2500.0[^]]*\"date\": \"2029-03-28\",[^]]*\"remaining\": 0.0")

add_test(NAME cli_timeline_json COMMAND ${CLI} timeline --permit 2026-03-01 --duo-notice 2026-04-15 --partner-dutch --together-since 2025-05-10 --turkish --json)
set_tests_properties(cli_timeline_json PROPERTIES PASS_REGULAR_EXPRESSION
  "\"date\": \"2026-06-24\",[^}]*\"id\": \"pip_deadline\".*\"date\": \"2028-05-10\",[^}]*\"id\": \"naturalisation_earliest\".*\"date\": \"2029-03-01\",[^}]*\"id\": \"independent_permit\".*\"date\": \"2029-06-24\",[^}]*\"id\": \"term_end\".*\"notes\": \\[[^]]*\"checked\": \"2026-11-28\",[^]]*\"fact\": \"F-VRB-3\"")

# No DUO letter and no PIP date: the PIP-dependent milestones are listed as unknown, not guessed.
add_test(NAME cli_timeline_unknown COMMAND ${CLI} timeline --permit 2026-03-01 --json)
set_tests_properties(cli_timeline_unknown PROPERTIES PASS_REGULAR_EXPRESSION
  "\"unknown\": \\[[^]]*\"id\": \"pip_deadline\",[^]]*\"id\": \"term_end\",[^]]*\"id\": \"loan_repayment_start\",")
add_test(NAME cli_timeline_unknown_not_dated COMMAND ${CLI} timeline --permit 2026-03-01 --json)
set_tests_properties(cli_timeline_unknown_not_dated PROPERTIES FAIL_REGULAR_EXPRESSION "\"id\": \"term_end\",\n *\"sources\"")

add_test(NAME cli_route_json COMMAND ${CLI} route --route z --hours-per-week 10 --json)
set_tests_properties(cli_route_json PROPERTIES PASS_REGULAR_EXPRESSION
  "\"hours\": 800.*\"months\": 19.*\"needs_keurmerk_school\": true.*\"route\": \"z\".*F-ROUTE-3.*\"total\": 12250.0")
# B1: hours are an example until given; exams 250, two retakes 2 x 50; scaling-down conditions shown.
add_test(NAME cli_route_b1_json COMMAND ${CLI} route --route b1 --price-per-hour 14 --materials 150 --hours 400 --retakes 2 --hours-per-week 6 --json)
set_tests_properties(cli_route_b1_json PROPERTIES PASS_REGULAR_EXPRESSION
  "\"exam_fees\": 250.0.*\"hours_are_example\": false.*\"months\": 16.*\"prices_are_examples\": false.*\"retake_fees\": 100.0.*\"scaling_down_to_a2\": {[^}]*\"min_hours\": 600.*\"total\": 6100.0")

# Bad input: a clear one-line message naming the flag and value, exit 1
# (invalid value) or 2 (usage), no crash.
function(cli_rejects name code expected)
  add_test(NAME cli_rejects_${name} COMMAND ${CMAKE_COMMAND} "-DRUNNER=${CLI_RUNNER}" -DCLI=${CLI_PATH}
           "-DEXPECTED=${expected}" "-DEXPECTED_CODE=${code}" "-DARGS=${ARGN}" -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/expect_error.cmake)
endfunction()
cli_rejects(bad_date 1 "--payout 2026-02-30: not a date" loan --amount 8000 --payout 2026-02-30 --start 2029-09-01)
cli_rejects(negative_amount 1 "--amount -5: the amount must be more than EUR 0, not -5" loan --amount -5 --payout 2026-03-01 --start 2029-09-01)
cli_rejects(below_a_cent 1 "--amount 0.001: the amount must be at least EUR 0.01" loan --amount 0.001 --payout 2026-03-01 --start 2029-09-01)
cli_rejects(above_cap 1 "--amount 12000: the amount 12000.00 is above DUO's maximum of EUR 10000.00" loan --amount 12000 --payout 2026-03-01 --start 2029-09-01)
cli_rejects(rate_above_20 1 "--rate 25: the interest rate must be between 0% and 20% a year, not 25%" loan --amount 8000 --rate 25 --payout 2026-03-01 --start 2029-09-01)
cli_rejects(start_before_payout 1 "--start 2026-02-01: the repayment start \\(2026-02-01\\) is before the payout \\(2026-03-01\\)" loan --amount 8000 --payout 2026-03-01 --start 2026-02-01)
cli_rejects(start_centuries_later 1 "--finish 9999-12-31: the repayment start \\(10000-06-30\\) is more than 50 years after the payout" loan --amount 8000 --payout 2026-03-01 --finish 9999-12-31)
cli_rejects(months_huge 1 "--months 1e30: far too large" loan --amount 8000 --payout 2026-03-01 --start 2029-09-01 --months 1e30)
cli_rejects(months_zero 1 "--months 0: the number of monthly payments must be 1 to 600, not 0" loan --amount 8000 --payout 2026-03-01 --start 2029-09-01 --months 0)
cli_rejects(amount_not_a_number 1 "--amount lots: not a number" loan --amount lots --payout 2026-03-01 --start 2029-09-01)
cli_rejects(missing_flag 2 "--payout is required" loan --amount 8000)
cli_rejects(start_and_finish 2 "give --start \\(repayment start\\) or --finish" loan --amount 8000 --payout 2026-03-01 --start 2029-09-01 --finish 2029-03-01)
cli_rejects(flag_without_value 2 "--amount needs a value" loan --amount --payout 2026-03-01)
cli_rejects(unknown_flag 2 "unknown argument \"--colour\"" timeline --permit 2026-03-01 --colour red)
cli_rejects(bad_permit 1 "--permit x: not a date" timeline --permit x)
cli_rejects(missing_permit 2 "--permit is required" timeline --duo-notice 2026-04-15)
cli_rejects(pip_before_permit 1 "--pip 2020-01-01: the PIP \\(2020-01-01\\) is dated before the residence card \\(2026-03-01\\)" timeline --permit 2026-03-01 --pip 2020-01-01)
cli_rejects(partner_without_date 1 "--together-since: with a Dutch partner, give the date you started living together" timeline --permit 2026-03-01 --partner-dutch)
cli_rejects(unknown_route 1 "--route c2: unknown route \"c2\"" route --route c2)
cli_rejects(retakes_not_whole 1 "--retakes 1.5: not a whole number" route --route b1 --retakes 1.5)
cli_rejects(hours_per_week_huge 1 "--hours-per-week 1e300: far too large" route --route b1 --hours-per-week 1e300)
cli_rejects(negative_price 1 "--price-per-hour -1: the price per hour \\(EUR\\) must be 0 to 200, not -1" route --route z --price-per-hour -1)
