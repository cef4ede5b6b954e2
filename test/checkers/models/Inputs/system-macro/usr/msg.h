#pragma once
struct msg {
  char imsi[16];
  int type;
};
