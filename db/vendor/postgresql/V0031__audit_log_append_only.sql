-- On PostgreSQL the database itself refuses to change or delete audit entries and checkpoints.
-- A database administrator can still drop the trigger; verify-audit --database detects the edit.
create function audit_refuse_change() returns trigger as $$
begin
    raise exception 'the audit log is append-only: % on % is refused', tg_op, tg_table_name;
end;
$$ language plpgsql;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
