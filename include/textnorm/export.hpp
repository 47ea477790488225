// Marks the symbols libtextnorm exports; everything else in the library is hidden.
#ifndef TEXTNORM_EXPORT_HPP
#define TEXTNORM_EXPORT_HPP

#define TEXTNORM_API __attribute__((visibility("default")))

#endif  // TEXTNORM_EXPORT_HPP
