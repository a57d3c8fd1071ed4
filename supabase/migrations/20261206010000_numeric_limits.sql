-- Numeric limits in one inclusive form, the same as src/lib/domain/limits.ts (a test compares the two).
--
-- 1. Every bounded number is checked as `column between min and max`. That also refuses NaN (greater than
--    every number in Postgres) and ±Infinity: `target_jobs >= 0` let "NaN" through (issue 13, item 7).
-- 2. The value columns of goals, milestones, contributions and actuals are numeric(14,2) with
--    `abs(x) < 1e12`; the forms allowed less (1e11) and the budget form 999,999,999,999.99. They now all
--    allow -999,999,999,999.99 up to 999,999,999,999.99: the largest numeric(14,2), and a goal may count
--    euros from a budget programme, so it needs the same range as a budget amount.
-- 3. The regional target per sector (baseline and target jobs) had no upper bound; the form allowed
--    100,000 jobs (the whole country's banenafspraak is 125,000), and so does the database now.

-- A NaN target is not a target: remove it (the audit log keeps what it was) so the new check can hold.
delete from public.regional_targets
where baseline_jobs = 'NaN'::numeric or target_jobs = 'NaN'::numeric;

alter table public.regional_targets
  drop constraint regional_targets_baseline_jobs_check,
  add constraint regional_targets_baseline_jobs_check check (baseline_jobs between 0 and 100000),
  drop constraint regional_targets_target_jobs_check,
  add constraint regional_targets_target_jobs_check check (target_jobs between 0 and 100000);

alter table public.budget_commitments
  drop constraint budget_commitments_committed_amount_check,
  add constraint budget_commitments_committed_amount_check
    check (committed_amount between 0 and 999999999999.99),
  drop constraint budget_commitments_realised_amount_check,
  add constraint budget_commitments_realised_amount_check
    check (realised_amount between 0 and 999999999999.99);

alter table public.goals
  drop constraint goals_baseline_value_check,
  add constraint goals_baseline_value_check
    check (baseline_value between -999999999999.99 and 999999999999.99),
  drop constraint goals_target_value_check,
  add constraint goals_target_value_check
    check (target_value between -999999999999.99 and 999999999999.99);

alter table public.goal_milestones
  drop constraint goal_milestones_target_value_check,
  add constraint goal_milestones_target_value_check
    check (target_value between -999999999999.99 and 999999999999.99);

alter table public.goal_contributions
  drop constraint goal_contributions_commitment_value_check,
  add constraint goal_contributions_commitment_value_check
    check (commitment_value between -999999999999.99 and 999999999999.99);

alter table public.goal_actuals
  drop constraint goal_actuals_value_check,
  add constraint goal_actuals_value_check check (value between -999999999999.99 and 999999999999.99);
