import { lazy, Suspense, type ComponentType, type JSX } from 'react';

/** Shown for the moment a part of the app is fetched; it takes no focus, so focus stays on what opened it. */
export const Opening = ({ text = 'Opening…' }: { text?: string }) => (
  <p role="status" className="loading deferred-opening">
    {text}
  </p>
);

/**
 * A component whose code loads when it is first shown, not with the app: the first screen's script then
 * carries only what that screen draws. A dialog opened this way still gets focus when it mounts and, as
 * the fallback took none, gives it back to the control that opened it when it closes.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>, text?: string): (props: P) => JSX.Element {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  const Component = Lazy as unknown as ComponentType<P>;
  return function Deferred(props: P) {
    return (
      <Suspense fallback={<Opening text={text} />}>
        <Component {...props} />
      </Suspense>
    );
  };
}
