import { columnsOf, TABLE_NAMES, tableOfFileName, TABLES } from './tables';

describe('the open-data tables', () => {
  it.each(TABLE_NAMES)('%s is consistent: file name, snake_case columns, keys that exist', (name) => {
    const table = TABLES[name];
    expect(table.name).toBe(name);
    expect(table.fileName).toBe(`${name}.csv`);
    expect(tableOfFileName(table.fileName)).toBe(name);
    const columns = columnsOf(name);
    expect(new Set(columns).size).toBe(columns.length);
    for (const field of table.fields) {
      expect(field.name).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(field.description.length).toBeGreaterThan(10);
      expect(field.computed && field.required).toBeFalsy();
      expect(field.volatile && field.required).toBeFalsy();
    }
    for (const key of table.primaryKey) expect(columns).toContain(key);
    for (const foreignKey of table.foreignKeys) {
      expect(foreignKey.fields).toHaveLength(foreignKey.reference.fields.length);
      for (const field of foreignKey.fields) expect(columns).toContain(field);
      for (const field of foreignKey.reference.fields) expect(columnsOf(foreignKey.reference.table)).toContain(field);
    }
  });

  it('knows only its own file names', () => {
    expect(tableOfFileName('milestones.csv')).toBe('milestones');
    expect(tableOfFileName('../milestones.csv')).toBeNull();
    expect(tableOfFileName('users.csv')).toBeNull();
  });
});
