// Normalizes its arguments' text with the installed library and prints the result, or the
// error and exit code 1: what a program embedding textnorm does.
#include <textnorm/textnorm.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: consumer LANG TEXT\n");
    return 2;
  }
  try {
    textnorm::Options options;
    options.lang = argv[1];
    const textnorm::Normalizer normalizer(options);
    std::printf("%s\n", normalizer.normalize(argv[2]).c_str());
  } catch (const textnorm::Error& e) {
    std::fprintf(stderr, "consumer: %s\n", e.describe().c_str());
    return 1;
  }
  return 0;
}
