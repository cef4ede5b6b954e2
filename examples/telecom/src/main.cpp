//===--- main.cpp - Runs the example operator on a few sample records -----===//

#include "telecom/pipeline.h"
#include "telecom/privacy_steps.h"
#include "telecom/registry.h"

#include <iostream>
#include <string>
#include <vector>

int main() {
  using namespace telecom;
  const std::vector<std::string> switch_lines = {
      "31612345678;31201234567;1718000000;125;204;8;1200;4711;3548200000001;0",
      "31687654321;4930123456;1718000400;14000;262;1;880;90210;3548200000002;1",
      "31611111111;31612345678;1718000900;0;204;8;1201;4712;3548200000003;0",
      "garbage"};
  run_billing(switch_lines);

  CallDetailRecord cdr;
  if (parse_cdr(switch_lines[1], cdr)) {
    offer_nearby_shop(cdr);
    offer_roaming_bundle(cdr);
    offer_premium_upgrade(cdr, /*premium_customer=*/false);
    open_dropped_call_ticket(cdr);
    // VIOLATION: privacy-logging: prints the caller's MSISDN to stdout
    std::cout << "processed call from " << cdr.caller << '\n';
  }

  rate_sms({{"31612345678", "31687654321", std::string(1000, 'x')}});

  SubscriberRegistry registry;
  registry.add({"31612345678", "204081234567890", "A. Jansen",
                "a.jansen@example.nl", "MOBILE-S"});
  registry.add({"31699999999", "204081234567890", "B. de Vries",
                "bdv@example.nl", "MOBILE-L"});
  // COMPLIANT: a count of subscribers
  std::cout << registry.size() << " subscribers\n";
  return 0;
}
