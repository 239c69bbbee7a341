// Injected into the active tab on a click; what main() returns goes back to executeScript.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { captureDocument } from '@/lib/capture/capture-document';

export default defineUnlistedScript(() => captureDocument(document, location.href));
