// Unit tests render screens directly, not through the lazy loader that brings each screen's
// texts: let i18next load every namespace.
import { wantAllNamespaces } from '../../src/i18n';

wantAllNamespaces();
