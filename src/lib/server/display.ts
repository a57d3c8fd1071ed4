export const LARGE_TEXT_COOKIE = 'rnd_large_text';
