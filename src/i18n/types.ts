/** A catalogue part in another language: the same keys as the Swedish one, any text. */
export type Translation<T> = { [K in keyof T]: string };
