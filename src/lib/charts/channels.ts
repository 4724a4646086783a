/** A channel, as in Plot: the name of the field of each datum that holds values of type `V`. */
export type Channel<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T];
