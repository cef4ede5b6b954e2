#pragma once
#include <privacy/annotations.h>
#include <string>
PRIVACY_LOG_SINK void log_line(const std::string &line);
void leaf_log(const std::string &s);   // leaf.cpp
void middle_log(const std::string &s); // middle.cpp
