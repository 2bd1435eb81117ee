-- The tests' hiring-committee chair: a decision's chair must be an active person of the people record.
insert into person (employee_id, scim_id, user_name, display_name, framework_slug, active, created_by, created_at, updated_at)
values ('T0001', '6f1c2d9e-0000-4000-8000-000000000001', 'hana', 'Hana (test chair)', 'ai-engineer', true, 'test', now(), now())
on conflict do nothing;
