import { readFileSync } from 'node:fs';

/** One column as prisma/schema.prisma describes it, in the database's terms (names after @map, Postgres types). */
export interface SchemaColumn {
  name: string;
  type: string;
  nullable: boolean;
  /** Normalised default (see normaliseDefault in db-catalog.ts), or null. */
  default: string | null;
}

/** An index as the database must hold it: name, ordered columns, unique or not (primary keys are unique). */
export interface SchemaIndex {
  name: string;
  columns: string[];
  unique: boolean;
}

export interface SchemaTable {
  name: string;
  columns: SchemaColumn[];
  indexes: SchemaIndex[];
}

// Prisma's defaults for PostgreSQL (https://www.prisma.io/docs/orm/reference/prisma-schema-reference#model-field-scalar-types).
const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Decimal: 'numeric(65,30)',
  Bytes: 'bytea',
};

// @db.X native types the schema uses or may use, as information_schema/format_type names them.
const NATIVE_TYPES: Record<string, (arg?: string) => string> = {
  Text: () => 'text',
  VarChar: (n) => (n ? `character varying(${n})` : 'character varying'),
  Integer: () => 'integer',
  SmallInt: () => 'smallint',
  BigInt: () => 'bigint',
  DoublePrecision: () => 'double precision',
  Real: () => 'real',
  Boolean: () => 'boolean',
  Timestamptz: (p) => `timestamp(${p ?? 6}) with time zone`,
  Timestamp: (p) => `timestamp(${p ?? 6}) without time zone`,
  Date: () => 'date',
  JsonB: () => 'jsonb',
  Json: () => 'json',
  Uuid: () => 'uuid',
};

/** The text between the brackets of `attr(`…`)` in `line`, brackets balanced and strings respected. */
function argsOf(line: string, attr: string): string | undefined {
  const start = line.indexOf(`${attr}(`);
  if (start < 0) return undefined;
  let depth = 0;
  let quoted = false;
  for (let i = start + attr.length; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"' && line[i - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0) return line.slice(start + attr.length + 1, i);
  }
  throw new Error(`unbalanced brackets after ${attr} in: ${line}`);
}

/** `[a, b]` (optionally `b(sort: Desc)`) → ['a', 'b']. */
const fieldList = (args: string) =>
  args
    .slice(args.indexOf('[') + 1, args.indexOf(']'))
    .split(',')
    .map((s) => s.trim().replace(/\(.*\)$/, ''))
    .filter(Boolean);
const mapArg = (args: string) => /map:\s*"([^"]+)"/.exec(args)?.[1];

/** The default as the database shows it once normalised: literals bare, functions as Postgres prints them. */
function prismaDefault(args: string): string {
  if (args === 'now()') return 'CURRENT_TIMESTAMP';
  if (args === 'autoincrement()') return 'nextval()';
  const str = /^"(.*)"$/.exec(args);
  return str ? str[1]!.replace(/\\"/g, '"') : args;
}

/** Drops `//` and `///` comments outside strings. */
function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"' && line[i - 1] !== '\\') quoted = !quoted;
    if (!quoted && line[i] === '/' && line[i + 1] === '/') return line.slice(0, i);
  }
  return line;
}

/**
 * Reads prisma/schema.prisma into the tables, columns, types, defaults and indexes it implies on PostgreSQL.
 * A small parser for the subset this project uses (models, @map/@@map, @id/@@id, @unique/@@unique, @@index, @default,
 * @db.*, relations); anything else throws, so a new construct is noticed rather than silently ignored.
 */
export function parsePrismaSchema(file: string): SchemaTable[] {
  const lines = readFileSync(file, 'utf8').split('\n').map(stripComment);
  const blocks: { kind: string; name: string; body: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(model|enum|view|type|generator|datasource)\s+(\w+)\s*\{\s*$/.exec(lines[i]!);
    if (!open) {
      if (lines[i]!.trim()) throw new Error(`schema.prisma:${i + 1}: unexpected line outside a block: ${lines[i]}`);
      continue;
    }
    const body: string[] = [];
    while (++i < lines.length && !/^\s*\}\s*$/.test(lines[i]!)) if (lines[i]!.trim()) body.push(lines[i]!.trim());
    blocks.push({ kind: open[1]!, name: open[2]!, body });
  }
  const unsupported = blocks.find((b) => b.kind === 'enum' || b.kind === 'view' || b.kind === 'type');
  if (unsupported)
    throw new Error(`schema.prisma: ${unsupported.kind} ${unsupported.name} is not supported by this parser yet`);
  const models = new Set(blocks.filter((b) => b.kind === 'model').map((b) => b.name));
  return blocks.filter((b) => b.kind === 'model').map((b) => modelTable(b.name, b.body, models));
}

/** One model block → its table. */
function modelTable(model: string, body: string[], models: Set<string>): SchemaTable {
  const tableMap = body.find((l) => l.startsWith('@@map('));
  const table = tableMap ? /"([^"]+)"/.exec(tableMap)![1]! : model;
  const columnOf = new Map<string, string>();
  const columns: SchemaColumn[] = [];
  const indexes: SchemaIndex[] = [];
  for (const line of body.filter((l) => !l.startsWith('@@'))) {
    const m = /^(\w+)\s+(\w+)(\[\]|\?)?\s*(.*)$/.exec(line);
    if (!m) throw new Error(`model ${model}: cannot read field line: ${line}`);
    const [, field, type, modifier, attrs] = m as unknown as [string, string, string, string | undefined, string];
    if (models.has(type)) continue; // relation field: no column of its own
    const name = argsOf(attrs, '@map')?.replace(/^"|"$/g, '') ?? field;
    columnOf.set(field, name);
    const native = /@db\.(\w+)(?:\(([^)]*)\))?/.exec(attrs);
    const base = native ? NATIVE_TYPES[native[1]!]?.(native[2] || undefined) : SCALAR_TYPES[type];
    if (!base) throw new Error(`model ${model}.${field}: unknown type ${native ? `@db.${native[1]}` : type}`);
    const dflt = argsOf(attrs, '@default');
    columns.push({
      name,
      type: modifier === '[]' ? `${base}[]` : base,
      nullable: modifier === '?',
      default: dflt === undefined ? null : prismaDefault(dflt),
    });
    if (/@id\b/.test(attrs))
      indexes.push({ name: mapArg(argsOf(attrs, '@id') ?? '') ?? `${table}_pkey`, columns: [name], unique: true });
    if (/@unique\b/.test(attrs))
      indexes.push({
        name: mapArg(argsOf(attrs, '@unique') ?? '') ?? `${table}_${name}_key`,
        columns: [name],
        unique: true,
      });
  }
  for (const line of body.filter((l) => l.startsWith('@@') && !l.startsWith('@@map('))) {
    const attr = /^@@(\w+)\(/.exec(line)?.[1];
    const args = argsOf(line, `@@${attr}`) ?? '';
    const cols = fieldList(args).map((f) => {
      const col = columnOf.get(f);
      if (!col) throw new Error(`model ${model}: @@${attr} names unknown field ${f}`);
      return col;
    });
    const suffix = { id: 'pkey', unique: 'key', index: 'idx' }[attr ?? ''];
    if (!suffix) throw new Error(`model ${model}: unsupported block attribute ${line}`);
    const name = mapArg(args) ?? (attr === 'id' ? `${table}_pkey` : `${table}_${cols.join('_')}_${suffix}`);
    indexes.push({ name, columns: cols, unique: attr !== 'index' });
  }
  return { name: table, columns, indexes };
}
