import type { PgForeignKey, PgViewColumnOrigin, SchemaCatalog } from './catalog-model.ts';

export interface Relationship {
	foreignKeyName: string;
	schema: string;
	relation: string;
	columns: string[];
	isOneToOne: boolean;
	referencedSchema: string;
	referencedRelation: string;
	referencedColumns: string[];
}

interface RelationName {
	schema: string;
	name: string;
}

/** Which view columns show a given table column, with views over views followed to the table. */
interface ViewExposure {
	view: RelationName;
	/** table column → the view columns that show it unchanged */
	columns: Map<string, string[]>;
}

/**
 * Foreign keys, plus the ones PostgREST derives for views that show all columns of a key unchanged:
 * view → table, table → view and view → view, each under the key's own name. `generatedRelations` are
 * the relations of the generated schemas by oid; other views are followed but get no relationships.
 */
export function relationships(
	catalog: SchemaCatalog,
	generatedRelations: Map<number, RelationName>
): Relationship[] {
	const exposures = viewExposures(catalog.viewColumnOrigins, generatedRelations);
	return catalog.foreignKeys.flatMap((key) => {
		const direct = fromForeignKey(key);
		const sources = exposuresOf(exposures, key.relationOid, key.columns);
		const targets = exposuresOf(exposures, key.referencedRelationOid, key.referencedColumns);
		const viewToTable = sources.map((source) => ({
			...direct,
			schema: source.view.schema,
			relation: source.view.name,
			columns: source.columns
		}));
		const tableToView = targets.map((target) => ({
			...direct,
			referencedSchema: target.view.schema,
			referencedRelation: target.view.name,
			referencedColumns: target.columns
		}));
		const viewToView = sources.flatMap((source) =>
			targets.map((target) => ({
				...direct,
				schema: source.view.schema,
				relation: source.view.name,
				columns: source.columns,
				referencedSchema: target.view.schema,
				referencedRelation: target.view.name,
				referencedColumns: target.columns
			}))
		);
		return [direct, ...viewToTable, ...tableToView, ...viewToView];
	});
}

/** A foreign key as a relationship: under the key's name, without the catalog's oids. */
function fromForeignKey(key: PgForeignKey): Relationship {
	const { name, relationOid: _relation, referencedRelationOid: _referenced, ...relationship } = key;
	return { foreignKeyName: name, ...relationship };
}

function viewExposures(
	origins: PgViewColumnOrigin[],
	generatedRelations: Map<number, RelationName>
): Map<number, ViewExposure[]> {
	const originOf = new Map(origins.map((origin) => [`${origin.viewOid}.${origin.viewColumn}`, origin]));
	const byTable = new Map<number, Map<number, ViewExposure>>();
	for (const origin of origins) {
		const view = generatedRelations.get(origin.viewOid);
		if (!view) continue;
		for (const step of originChain(origin, originOf)) {
			const exposure = exposureFor(byTable, step.originOid, origin.viewOid, view);
			const viewColumns = exposure.columns.get(step.originColumn) ?? [];
			if (!viewColumns.includes(origin.viewColumn)) viewColumns.push(origin.viewColumn);
			exposure.columns.set(step.originColumn, viewColumns);
		}
	}
	return new Map([...byTable].map(([tableOid, views]) => [tableOid, [...views.values()]]));
}

/** A view column's origin, that origin's origin for views over views, and so on down to a table. */
function originChain(
	first: PgViewColumnOrigin,
	originOf: Map<string, PgViewColumnOrigin>
): PgViewColumnOrigin[] {
	const chain: PgViewColumnOrigin[] = [];
	const seen = new Set<number>([first.viewOid]);
	let step: PgViewColumnOrigin | undefined = first;
	while (step && !seen.has(step.originOid)) {
		chain.push(step);
		seen.add(step.originOid);
		step = originOf.get(`${step.originOid}.${step.originColumn}`);
	}
	return chain;
}

function exposureFor(
	byTable: Map<number, Map<number, ViewExposure>>,
	tableOid: number,
	viewOid: number,
	view: RelationName
): ViewExposure {
	const views = byTable.get(tableOid) ?? new Map<number, ViewExposure>();
	byTable.set(tableOid, views);
	const exposure = views.get(viewOid) ?? { view, columns: new Map<string, string[]>() };
	views.set(viewOid, exposure);
	return exposure;
}

/** Every way a view shows all of `columns`: one per combination when a column appears more than once. */
function exposuresOf(
	exposures: Map<number, ViewExposure[]>,
	tableOid: number,
	columns: string[]
): { view: RelationName; columns: string[] }[] {
	return (exposures.get(tableOid) ?? []).flatMap((exposure) => {
		const choices = columns.map((column) => exposure.columns.get(column) ?? []);
		return combinations(choices).map((viewColumns) => ({ view: exposure.view, columns: viewColumns }));
	});
}

function combinations(choices: string[][]): string[][] {
	return choices.reduce<string[][]>(
		(partials, options) => partials.flatMap((partial) => options.map((option) => [...partial, option])),
		[[]]
	);
}
