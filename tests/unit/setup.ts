// Real IndexedDB semantics in Node: every unit test gets fake-indexeddb's implementation.
import 'fake-indexeddb/auto';
