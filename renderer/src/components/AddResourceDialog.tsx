import { deferred } from './Deferred';

/** The Add-resource dialog (AddResource.tsx), whose code loads when it is first opened. */
export const AddResourceDialog = deferred(() => import('./AddResource').then((m) => m.AddResource));
