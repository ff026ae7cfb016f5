-- Found by RecordQueriesBenchmark (1,000 tenants, 1,000,000 matters, the largest tenant 100,000; README, benchmarks).
--
-- A board's count (count(m.id), as Hibernate writes it) read every row of the board from the heap: the board index
-- lacked the id. With it included, the count is an index-only scan. The same for the All board (tenant only).
create index matter_board_created_idx on matter (tenant_id, category_code, created_at desc) include (id);
drop index matter_board_idx;
create index matter_tenant_created_idx on matter (tenant_id, created_at desc) include (id);
drop index matter_created_idx;

-- A list filtered by assignee and status ("my work", the lists' filters) read all of the assignee's matters and then
-- dropped the other statuses; led by assignee, status and date, the index finds only the rows shown, in list order.
-- It also serves what the index on (tenant_id, assignee_id) served.
create index matter_assignee_status_created_idx on matter (tenant_id, assignee_id, status, created_at desc);
drop index matter_tenant_assignee_idx;

-- Row-level security asked for the tenant setting again in every subquery of every row (the lists read names by
-- correlated subqueries): the same policy with the setting read once per statement, as an init plan. Only the
-- policies in the form every migration writes are changed.
do $$
declare
    p record;
begin
    for p in select tablename from pg_policies
             where schemaname = current_schema() and policyname = 'tenant_isolation'
               and qual = '(tenant_id = lexdesk_current_tenant())'
               and with_check = '(tenant_id = lexdesk_current_tenant())' loop
        execute format('alter policy tenant_isolation on %I using (tenant_id = (select lexdesk_current_tenant())) '
                       'with check (tenant_id = (select lexdesk_current_tenant()))', p.tablename);
    end loop;
end
$$;
