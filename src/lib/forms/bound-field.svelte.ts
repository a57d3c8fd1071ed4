// One field of a superform, as the form's TextField and SelectField bind it: its value, read and written the
// way `bind:value={$form.name}` does (the form's store is set again, so superforms sees the change and marks the
// field tainted), and its messages (`$errors.name`). A control then names its field once instead of three times.
import { fromStore } from 'svelte/store';
import type { SuperForm } from 'sveltekit-superforms';

/**
 * What TextField and SelectField take: the field, either bound to `name` in a superform or given its value
 * and messages, and how it is labelled.
 */
export interface FieldProps<T extends Record<string, unknown>> {
	/** The superform the field belongs to: the control shows and sets `name` in it, with its messages. */
	superform?: SuperForm<T>;
	name: keyof T & string;
	/** The name unless given. */
	id?: string;
	label: string;
	/** The field's messages when it is not bound to a superform; the first one is shown. */
	errors?: readonly string[] | null;
	description?: string;
}

export interface BoundField {
	value: unknown;
	readonly errors: readonly string[] | undefined;
}

/** Call during component initialisation (it subscribes to the form's stores for as long as the component lives). */
export function boundField<T extends Record<string, unknown>>(
	superform: SuperForm<T>,
	name: string
): BoundField {
	const data = fromStore(superform.form);
	const errors = fromStore(superform.errors);
	return {
		get value() {
			return data.current[name];
		},
		set value(value: unknown) {
			const values: Record<string, unknown> = data.current;
			values[name] = value;
			data.current = values as T;
		},
		get errors() {
			return (errors.current as Record<string, readonly string[] | undefined>)[name];
		}
	};
}
