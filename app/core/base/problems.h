// A list of problems found in input (content, catalogs, typed values): each
// names the file, the place inside it (a JSON path such as /screens/3/next)
// and what is wrong, so a person can find and fix it.
#pragma once
#include <string>
#include <vector>

namespace wegwijs {

struct Problem {
    std::string file;     // path as given, e.g. "content/flow.json"
    std::string where;    // JSON pointer or key; empty if the whole file
    std::string message;  // what is wrong, in plain words

    std::string ToString() const;
};

class Problems {
public:
    void Add(std::string file, std::string where, std::string message) {
        list_.push_back({std::move(file), std::move(where), std::move(message)});
    }
    bool empty() const { return list_.empty(); }
    size_t size() const { return list_.size(); }
    const std::vector<Problem>& list() const { return list_; }
    void Append(const Problems& other) { list_.insert(list_.end(), other.list_.begin(), other.list_.end()); }
    // One problem per line.
    std::string ToString() const;

private:
    std::vector<Problem> list_;
};

}  // namespace wegwijs
