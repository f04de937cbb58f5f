import { lazy, Suspense, useState, type ComponentType, type JSX } from 'react';

/** Says something is on its way; it takes no focus, so focus stays on what asked for it. */
export const Loading = ({ text = 'Loading…', floating = false }: { text?: string; floating?: boolean }) => (
  <p role="status" className={floating ? 'loading deferred-opening' : 'loading'}>
    {text}
  </p>
);

/** Shown for the moment a part of the app is fetched, above the page rather than in its flow. */
const Opening = ({ text = 'Opening…' }: { text?: string }) => <Loading text={text} floating />;

/** Every deferred part's loader, for `prefetchDeferred`. */
const loaders: (() => Promise<unknown>)[] = [];

/**
 * A component whose code loads when it is first shown, not with the app: the first screen's script then
 * carries only what that screen draws. A dialog opened this way still gets focus when it mounts and, as
 * the fallback took none, gives it back to the control that opened it when it closes. Once its code has
 * come (shown before, or fetched ahead by `prefetchDeferred`), it is drawn at once, with no "Opening…".
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>, text?: string): (props: P) => JSX.Element {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetch = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (e: unknown) => {
        // A fetch ahead of time that failed is tried again when the part is shown.
        loading = null;
        throw e;
      },
    ));
  loaders.push(fetch);
  const Lazy = lazy(() => fetch().then((component) => ({ default: component }))) as unknown as ComponentType<P>;
  return function Deferred(props: P) {
    // Chosen once per mount: switching while shown would mount the part again and lose what was typed.
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={<Opening text={text} />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

/** Fetches every deferred part's code; the app asks once the first screen is drawn and the page is idle. */
export function prefetchDeferred(): Promise<void> {
  return Promise.all(loaders.map((fetch) => fetch().catch(() => undefined))).then(() => undefined);
}
