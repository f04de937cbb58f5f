import type { Input, Method } from '../../../shared/contract/contract';

/** Every query is keyed by the service method and its input, so equal requests share one cache entry. */
export type ApiKey<M extends Method> = readonly [M, Input<M>];

export const apiKey = <M extends Method>(method: M, input: Input<M>): ApiKey<M> => [method, input];
