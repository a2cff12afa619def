// Reading files into memory, for content and catalogs.
#pragma once
#include <optional>
#include <string>

namespace wegwijs {

// The whole file, or nullopt if it cannot be read.
std::optional<std::string> ReadFile(const std::string& path);

}  // namespace wegwijs
