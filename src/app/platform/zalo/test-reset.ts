import { forgetDetection } from "./detection";
import { forgetSdk } from "./sdk";
import { forgetSessionValues } from "./storage";

/**
 * FOR TESTS ONLY: forgets the memoised detection, the loaded SDK module and the session storage
 * fallback, so a test can change the user agent, URL or bridge and detect again. App code must
 * never call it: the answer is meant to hold for the page's lifetime.
 */
export function __resetPlatformForTests(): void {
  forgetDetection();
  forgetSdk();
  forgetSessionValues();
}
