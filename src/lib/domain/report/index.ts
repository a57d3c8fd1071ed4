// Reports to the councils (raadsinformatiebrief). Pure rules, one module per section beside the shared period
// and registry code: the sections a report can have, the snapshot each section stores on publication, key
// figures with their comparison to target and to the previous period, the gemeente's share of the regional
// result, the open risks, and the corrections between two versions.
export * from './section';
export * from './period';
export * from './baanafspraken';
export * from './baanafspraken-legacy';
export * from './budgets';
export * from './goals';
export * from './meetings';
export * from './network';
export * from './registry';
export * from './stored';
export * from './summary';
