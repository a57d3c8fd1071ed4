import { describe, expect, it } from 'vitest';
import {
	countPartners,
	editableOrganisationIds,
	editorOrganisationIds,
	gemeentenOf,
	groupPartnersByType,
	hasAtLeastRole,
	isGemeente,
	partnerToEnterFor,
	recencyOf,
	type MembershipRole,
	type PartnerLike
} from './partners';

const partner = (id: string, type: PartnerLike['type'], name: string, active = true): PartnerLike => ({
	id,
	type,
	name,
	active
});

describe('groupPartnersByType', () => {
	it('orders groups by partner type and names the Dutch way, inactive last', () => {
		const groups = groupPartnersByType([
			partner('1', 'uwv', 'UWV Zuid-Limburg'),
			partner('2', 'gemeente', 'Gemeente Vaals'),
			partner('3', 'gemeente', 'Gemeente Beek', false),
			partner('4', 'centrumgemeente', 'Gemeente Heerlen'),
			partner('5', 'gemeente', "Gemeente 's-Hertogenbosch"),
			partner('6', 'gemeente', 'Gemeente Eijsden-Margraten')
		]);
		expect(groups.map((group) => group.type)).toEqual(['centrumgemeente', 'gemeente', 'uwv']);
		expect(groups[1].partners.map((p) => p.id)).toEqual(['6', '5', '2', '3']);
	});

	it('leaves out empty groups and handles no partners', () => {
		expect(groupPartnersByType([])).toEqual([]);
	});
});

describe('countPartners', () => {
	it('counts active partners and gemeenten including the centrumgemeente', () => {
		expect(
			countPartners([
				partner('1', 'centrumgemeente', 'Heerlen'),
				partner('2', 'gemeente', 'Maastricht'),
				partner('3', 'gemeente', 'Beek', false),
				partner('4', 'uwv', 'UWV')
			])
		).toEqual({ partners: 3, gemeenten: 2, inactive: 1 });
	});
});

describe('hasAtLeastRole', () => {
	it('ranks viewer < editor < coordinator < admin', () => {
		expect(hasAtLeastRole('editor', 'viewer')).toBe(true);
		expect(hasAtLeastRole('editor', 'editor')).toBe(true);
		expect(hasAtLeastRole('editor', 'coordinator')).toBe(false);
		expect(hasAtLeastRole('admin', 'coordinator')).toBe(true);
		expect(hasAtLeastRole(null, 'viewer')).toBe(false);
	});
});

describe('recencyOf', () => {
	const now = new Date(2026, 10, 23, 15, 0);
	it.each([
		[new Date(2026, 10, 23, 0, 5), 'today'],
		[new Date(2026, 10, 22, 23, 59), 'this_week'],
		[new Date(2026, 10, 1), 'this_month'],
		[new Date(2026, 8, 1), 'older'],
		[null, 'never']
	] as const)('%s is %s', (date, expected) => {
		expect(recencyOf(date, now)).toBe(expected);
	});
});

describe('gemeenten and what a member acts for', () => {
	it('counts the centrumgemeente as a gemeente, sorted by name the Dutch way', () => {
		const partners = [
			partner('u', 'uwv', 'UWV'),
			partner('t', 'gemeente', "Gemeente 's-Hertogenbosch"),
			partner('h', 'centrumgemeente', 'Gemeente Heerlen'),
			partner('b', 'gemeente', 'Gemeente Beek')
		];
		expect(isGemeente(partners[1])).toBe(true);
		expect(isGemeente(partners[0])).toBe(false);
		expect(gemeentenOf(partners).map((p) => p.id)).toEqual(['t', 'b', 'h']);
	});

	const memberships: { organisationId: string; role: MembershipRole }[] = [
		{ organisationId: 'a', role: 'viewer' },
		{ organisationId: 'b', role: 'editor' },
		{ organisationId: 'c', role: 'admin' }
	];

	it('acts as editor for the partners where the member is at least editor', () => {
		expect(editorOrganisationIds(memberships)).toEqual(['b', 'c']);
		expect(editorOrganisationIds([])).toEqual([]);
	});

	it('lets the coordinator edit every partner and others the partners they edit for', () => {
		const partners = [{ id: 'a' }, { id: 'b' }, { id: 'x' }];
		expect(editableOrganisationIds(true, partners, [])).toEqual(['a', 'b', 'x']);
		expect(editableOrganisationIds(false, partners, memberships)).toEqual(['b', 'c']);
	});

	it('enters figures for the partner asked for when editable, else its own, else the first editable', () => {
		expect(partnerToEnterFor(['a', 'b', 'c'], memberships, 'c')).toBe('c');
		expect(partnerToEnterFor(['a', 'b', 'c'], memberships, 'x')).toBe('b');
		expect(partnerToEnterFor(['a', 'b', 'c'], memberships, null)).toBe('b');
		expect(partnerToEnterFor(['a', 'x'], memberships, null)).toBe('a');
		expect(partnerToEnterFor([], memberships, 'b')).toBeNull();
	});
});
