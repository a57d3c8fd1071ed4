/**
 * One way to name the values of an enum in the user's language: a Paraglide message per value, read when the
 * label is asked for, so it follows the language of the request or page.
 */
export function labelsOf<Value extends string>(
	messages: Record<Value, () => string>
): (value: Value) => string {
	return (value) => messages[value]();
}
