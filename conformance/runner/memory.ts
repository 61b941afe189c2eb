/**
 * A full garbage collection on demand, for the probe's large bodies. V8 collects its old generation
 * lazily: a target answering megabytes to every request leaves each answer's text and parsed JSON
 * behind as garbage once a check is done with it, and V8 lets that pile up to several hundred MB before
 * it collects. The probe asks for a collection once enough large bodies have been read since the last
 * one, which keeps the runner's memory near what it actually holds (a full collection of the runner's
 * heap takes tens of milliseconds, and a well-behaved target never sends enough to ask for one).
 */
import v8 from "node:v8";
import vm from "node:vm";

let gc: (() => void) | undefined | null;

/** Runs a full collection; a no-op where the runtime does not allow it. */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      // --expose-gc set at run time makes `gc` available in contexts created afterwards.
      v8.setFlagsFromString("--expose-gc");
      gc = vm.runInNewContext("gc") as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
