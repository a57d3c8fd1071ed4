/** What the generator reads from pg_catalog: plain data, so rendering needs no database. */

/** pg_class.relkind values the CLI lists under Tables (tables, partitioned tables, foreign tables). */
export const TABLE_KINDS: ReadonlySet<string> = new Set(['r', 'p', 'f']);
/** pg_class.relkind values the CLI lists under Views (views, materialized views). */
export const VIEW_KINDS: ReadonlySet<string> = new Set(['v', 'm']);

export interface PgType {
	oid: number;
	schema: string;
	name: string;
	/** pg_type.typtype: b base, c composite, d domain, e enum, p pseudo, r range, m multirange. */
	kind: string;
	/** The element type of an array type. */
	elementOid: number | null;
	/** The type a domain is based on. */
	baseOid: number | null;
	/** For composite types: the relation behind them (a table, view or standalone composite type). */
	relationOid: number | null;
	/** pg_class.relkind of that relation: r table, p partitioned, f foreign, v view, m materialized, c type. */
	relationKind: string | null;
	enumValues: string[];
}

export interface PgColumn {
	name: string;
	typeOid: number;
	nullable: boolean;
	hasDefault: boolean;
	/** pg_attribute.attidentity: 'a' always, 'd' by default, '' none. */
	identity: string;
	/** Stored generated column (`generated always as (...) stored`). */
	generated: boolean;
	updatable: boolean;
}

export interface PgRelation {
	oid: number;
	schema: string;
	name: string;
	/** pg_class.relkind */
	kind: string;
	/** For views: both UPDATE and DELETE possible, like information_schema.views.is_updatable. */
	updatable: boolean;
	columns: PgColumn[];
}

export interface PgForeignKey {
	name: string;
	schema: string;
	relation: string;
	columns: string[];
	referencedSchema: string;
	referencedRelation: string;
	referencedColumns: string[];
	/** The referencing columns are also the table's primary key or a unique constraint. */
	isOneToOne: boolean;
	relationOid: number;
	referencedRelationOid: number;
}

export interface PgViewColumnOrigin {
	viewOid: number;
	viewColumn: string;
	/** The relation and column the view column shows unchanged; may itself be a view. */
	originOid: number;
	originColumn: string;
}

export interface PgFunctionArgument {
	name: string;
	/** pg_proc.proargmodes: i in, o out, b inout, v variadic, t table column. */
	mode: string;
	typeOid: number;
	hasDefault: boolean;
}

export interface PgFunction {
	oid: number;
	schema: string;
	name: string;
	arguments: PgFunctionArgument[];
	returnTypeOid: number;
	returnsSet: boolean;
	/** pg_proc.prorows: the planner's row estimate, 1 for `rows 1`. */
	estimatedRows: number;
}

export interface SchemaCatalog {
	types: Map<number, PgType>;
	relations: PgRelation[];
	foreignKeys: PgForeignKey[];
	viewColumnOrigins: PgViewColumnOrigin[];
	functions: PgFunction[];
}
