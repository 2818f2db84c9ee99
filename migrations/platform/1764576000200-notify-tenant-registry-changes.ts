import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to the registry of tenants sends a `tenant_registry` notification with the tenant's
 * slug. A trigger, not application code: whatever path changes a tenant (API, command line, a
 * wizard step, a hand-written UPDATE) notifies, and PostgreSQL delivers the notification only when
 * that change commits, so a listener never acts on a change that was rolled back.
 */
export class NotifyTenantRegistryChanges1764576000200 implements MigrationInterface {
  name = 'NotifyTenantRegistryChanges1764576000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_tenant_registry_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('tenant_registry', COALESCE(NEW.slug, OLD.slug));
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER tenants_notify_registry_change
        AFTER INSERT OR UPDATE OR DELETE ON tenants
        FOR EACH ROW EXECUTE FUNCTION notify_tenant_registry_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER tenants_notify_registry_change ON tenants');
    await queryRunner.query('DROP FUNCTION notify_tenant_registry_change()');
  }
}
