// A shared library that is not a duban plugin: it exports a function, but
// neither the handshake nor the factory.

extern "C" __attribute__((visibility("default"))) int not_a_duban_plugin() {
  return 42;
}
