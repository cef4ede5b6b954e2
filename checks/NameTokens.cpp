//===--- NameTokens.cpp - Words of identifiers, the telecom vocabulary ---===//

#include "NameTokens.h"
#include "llvm/ADT/DenseMap.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <tuple>

namespace clang::tidy::privacy {

llvm::StringRef categoryId(DataCategory C) {
  switch (C) {
  case DataCategory::Traffic:
    return "traffic";
  case DataCategory::Location:
    return "location";
  case DataCategory::SubscriberId:
    return "subscriber_id";
  case DataCategory::Content:
    return "content";
  case DataCategory::Personal:
    return "personal";
  }
  llvm_unreachable("unknown data category");
}

llvm::StringRef categoryMacro(DataCategory C) {
  switch (C) {
  case DataCategory::Traffic:
    return "PRIVACY_TRAFFIC_DATA";
  case DataCategory::Location:
    return "PRIVACY_LOCATION_DATA";
  case DataCategory::SubscriberId:
    return "PRIVACY_SUBSCRIBER_ID";
  case DataCategory::Content:
    return "PRIVACY_COMMUNICATION_CONTENT";
  case DataCategory::Personal:
    return "PRIVACY_PERSONAL_DATA";
  }
  llvm_unreachable("unknown data category");
}

std::optional<DataCategory> parseCategoryId(llvm::StringRef Id) {
  for (DataCategory C :
       {DataCategory::Traffic, DataCategory::Location,
        DataCategory::SubscriberId, DataCategory::Content,
        DataCategory::Personal})
    if (Id == categoryId(C))
      return C;
  return std::nullopt;
}

namespace {
enum CharClass : unsigned char { Other, Upper, Lower, Digit };
CharClass classOf(char C) {
  return llvm::isUpper(C)   ? Upper
         : llvm::isLower(C) ? Lower
         : llvm::isDigit(C) ? Digit
                            : Other;
}
} // namespace

/// Calls \p Word with the [begin, end) of each word of \p Name. Each
/// character is classified once: this runs on every name a TU shows.
template <typename Fn> static void forEachWord(llvm::StringRef Name, Fn Word) {
  size_t Start = llvm::StringRef::npos; // of the current word
  CharClass Prev = Other;
  for (size_t I = 0, E = Name.size(); I != E; ++I) {
    CharClass C = classOf(Name[I]);
    if (C == Other) {
      if (Start != llvm::StringRef::npos)
        Word(Start, I);
      Start = llvm::StringRef::npos;
      Prev = C;
      continue;
    }
    if (Start != llvm::StringRef::npos) {
      auto LowerAt = [&](size_t At) {
        return At < E && classOf(Name[At]) == Lower;
      };
      bool Boundary =
          // ueImsi: lower (or digit) followed by upper.
          ((Prev == Lower || Prev == Digit) && C == Upper) ||
          // IMSIValue: the last upper of a run starts the next word, unless
          // only a plural `s` follows (IMSIs, CDRs, ExtIEs).
          (Prev == Upper && C == Upper && LowerAt(I + 1) &&
           !(Name[I + 1] == 's' && !LowerAt(I + 2))) ||
          // imsi2, s1ap: letters and digits are separate words.
          ((Prev == Digit) != (C == Digit));
      if (Boundary) {
        Word(Start, I);
        Start = I;
      }
    } else {
      Start = I;
    }
    Prev = C;
  }
  if (Start != llvm::StringRef::npos)
    Word(Start, Name.size());
}

void splitIdentifier(llvm::StringRef Name, llvm::SmallVectorImpl<char> &Lower,
                     llvm::SmallVectorImpl<llvm::StringRef> &Words) {
  // Called for every name a TU shows: no string per word.
  Lower.resize(Name.size());
  for (size_t I = 0, E = Name.size(); I != E; ++I)
    Lower[I] = llvm::toLower(Name[I]);
  llvm::StringRef Text(Lower.data(), Lower.size());
  forEachWord(Name, [&](size_t Begin, size_t End) {
    Words.push_back(Text.slice(Begin, End));
  });
}

llvm::SmallVector<std::string, 8> splitIdentifier(llvm::StringRef Name) {
  llvm::SmallVector<std::string, 8> Words;
  forEachWord(Name, [&](size_t Begin, size_t End) {
    Words.push_back(Name.slice(Begin, End).lower());
  });
  return Words;
}

namespace {

struct TermSpec {
  const char *Spelling; // words separated by '_'
  DataCategory Category;
  const char *Label;
  TermContext Context = TermContext::None;
  const char *Exclusions = ""; // words separated by ' '
};

constexpr DataCategory Sub = DataCategory::SubscriberId;
constexpr DataCategory Loc = DataCategory::Location;
constexpr DataCategory Trf = DataCategory::Traffic;
constexpr DataCategory Cnt = DataCategory::Content;

// Phrases are written with '_' between their words, lists with ' '.

// A GNSS receiver also serves as the clock of a base station; those names
// are about time and hardware, not about where a subscriber is. A GNSS-ID
// names the satellite system (GPS, Galileo), not a position.
constexpr const char *GnssHardware =
    "time sync synced synchronization synchronisation lock locked pps clock "
    "week leap epoch tow tod status state module device dev receiver antenna "
    "port baud uart tty driver source src id system constellation";
// The same, in the name of an owner: a clock quality's `traceabletoGNSS`, a
// timing synchronisation status. Only the time words: a device's GPS can be
// its user's position.
constexpr const char *GnssTimeOwners =
    "time timing sync synced synchronization synchronisation clock pps";

// Control information of the radio protocol (broadcast system information,
// downlink/uplink control information, HARQ feedback, CSI reports) and the
// physical channels that carry only it: their "payload" is bits the network
// and the UE exchange about the link, never what a subscriber communicates.
constexpr const char *ControlInformation =
    "mib sib dci uci harq csi pbch pdcch pucch ce bsr phr";
// The same words in the name of an owner (record, method's class, function).
// Not `harq`: a HARQ process buffer holds a transport block of user data.
constexpr const char *OwnerControlInformation =
    "mib sib dci uci csi pbch pdcch pucch ce bsr phr";

// The shipped vocabulary. Precision over recall: short or ambiguous
// abbreviations (`tac` is also the IMEI's type allocation code, `cgi` a web
// interface, `rnti` is in every MAC-layer signature) are left to ExtraTerms.
const TermSpec DefaultTerms[] = {
    // Subscriber and device identifiers (AVG art. 4(1)).
    {"imsi", Sub, "IMSI"},
    {"msin", Sub, "MSIN"},
    {"msisdn", Sub, "MSISDN"},
    {"gpsi", Sub, "GPSI"},
    {"imei", Sub, "IMEI"},
    {"imeisv", Sub, "IMEISV"},
    {"supi", Sub, "SUPI"},
    {"suci", Sub, "SUCI"},
    {"guti", Sub, "GUTI"},
    {"tmsi", Sub, "TMSI"},
    {"ptmsi", Sub, "P-TMSI"},
    {"stmsi", Sub, "S-TMSI"},
    {"mtmsi", Sub, "M-TMSI"},
    {"iccid", Sub, "ICCID"},
    {"subscriber_id", Sub, "subscriber identity"},
    {"subscriber_identity", Sub, "subscriber identity"},
    {"subscriber_number", Sub, "subscriber number"},
    {"phone_number", Sub, "phone number"},
    {"phone_num", Sub, "phone number"},
    {"phone_no", Sub, "phone number"},
    {"phone_nr", Sub, "phone number"},
    {"phonenumber", Sub, "phone number"},
    {"telephone_number", Sub, "phone number"},
    {"tel_number", Sub, "phone number"},
    {"tel_no", Sub, "phone number"},
    {"calling_number", Sub, "calling number"},
    {"calling_num", Sub, "calling number"},
    {"calling_party_number", Sub, "calling party number"},
    {"calling_party_num", Sub, "calling party number"},
    {"calling_party_bcd", Sub, "calling party number"},
    {"calling_party_address", Sub, "calling party number"},
    {"called_number", Sub, "called number"},
    {"called_num", Sub, "called number"},
    {"called_party_number", Sub, "called party number"},
    {"called_party_num", Sub, "called party number"},
    {"called_party_bcd", Sub, "called party number"},
    {"called_party_address", Sub, "called party number"},
    {"caller_number", Sub, "calling number"},
    {"caller_id", Sub, "caller id"},
    {"callee_number", Sub, "called number"},

    // Location data (Tw art. 11.1 sub e, 11.5a).
    {"cell_id", Loc, "cell identity"},
    {"cellid", Loc, "cell identity"},
    {"cell_identity", Loc, "cell identity"},
    {"cell_identifier", Loc, "cell identity"},
    {"cell_global_id", Loc, "cell global identity"},
    {"cell_global_identity", Loc, "cell global identity"},
    {"ecgi", Loc, "ECGI"},
    {"e_cgi", Loc, "ECGI"},
    {"eutra_cgi", Loc, "ECGI"},
    {"nr_cgi", Loc, "NCGI"},
    {"ncgi", Loc, "NCGI"},
    {"tai", Loc, "tracking area identity"},
    {"tracking_area_id", Loc, "tracking area identity"},
    {"tracking_area_identity", Loc, "tracking area identity"},
    {"tracking_area_code", Loc, "tracking area code"},
    {"lai", Loc, "location area identity"},
    {"lac", Loc, "location area code"},
    {"location_area_id", Loc, "location area identity"},
    {"location_area_identity", Loc, "location area identity"},
    {"location_area_code", Loc, "location area code"},
    {"rai", Loc, "routing area identity"},
    {"uli", Loc, "user location information"},
    {"user_location_info", Loc, "user location information"},
    {"user_location_information", Loc, "user location information"},
    {"ue_location", Loc, "UE location"},
    {"geolocation", Loc, "geolocation"},
    {"geo_location", Loc, "geolocation"},
    {"latitude", Loc, "latitude"},
    {"longitude", Loc, "longitude"},
    {"lat", Loc, "latitude", TermContext::Coordinate},
    {"lon", Loc, "longitude", TermContext::Coordinate},
    {"lng", Loc, "longitude", TermContext::Coordinate},
    {"long", Loc, "longitude", TermContext::Coordinate},
    {"gps", Loc, "GPS position", TermContext::None, GnssHardware},
    {"gnss", Loc, "GNSS position", TermContext::None, GnssHardware},

    // Traffic data (Tw art. 11.1 sub b, 11.5).
    {"cdr", Trf, "call detail record"},
    {"call_record", Trf, "call record"},
    {"call_detail_record", Trf, "call detail record"},
    {"call_data_record", Trf, "call detail record"},
    {"charging_data_record", Trf, "charging data record"},
    {"duration", Trf, "call duration", TermContext::Traffic},
    {"call_duration", Trf, "call duration"},
    {"session_duration", Trf, "session duration"},
    {"connection_duration", Trf, "connection duration"},
    {"conn_duration", Trf, "connection duration"},
    {"call_start_time", Trf, "call start time"},
    {"call_end_time", Trf, "call end time"},
    {"call_setup_time", Trf, "call setup time"},
    {"bytes_up", Trf, "uplink volume"},
    {"bytes_ul", Trf, "uplink volume"},
    {"bytes_uplink", Trf, "uplink volume"},
    {"up_bytes", Trf, "uplink volume"},
    {"ul_bytes", Trf, "uplink volume"},
    {"uplink_bytes", Trf, "uplink volume"},
    {"uplink_volume", Trf, "uplink volume"},
    {"volume_uplink", Trf, "uplink volume"},
    {"uplink_octets", Trf, "uplink volume"},
    {"octets_uplink", Trf, "uplink volume"},
    {"bytes_down", Trf, "downlink volume"},
    {"bytes_dl", Trf, "downlink volume"},
    {"bytes_downlink", Trf, "downlink volume"},
    {"down_bytes", Trf, "downlink volume"},
    {"dl_bytes", Trf, "downlink volume"},
    {"downlink_bytes", Trf, "downlink volume"},
    {"downlink_volume", Trf, "downlink volume"},
    {"volume_downlink", Trf, "downlink volume"},
    {"downlink_octets", Trf, "downlink volume"},
    {"octets_downlink", Trf, "downlink volume"},

    // Communication content (Tw art. 11.2a).
    {"message_body", Cnt, "message body"},
    {"msg_body", Cnt, "message body"},
    {"message_text", Cnt, "message text"},
    {"msg_text", Cnt, "message text"},
    {"message_content", Cnt, "message content"},
    {"msg_content", Cnt, "message content"},
    {"message_payload", Cnt, "message payload"},
    {"msg_payload", Cnt, "message payload"},
    {"payload", Cnt, "payload", TermContext::None, ControlInformation},
    {"sms_text", Cnt, "SMS text"},
    {"sms_body", Cnt, "SMS text"},
    {"sms_content", Cnt, "SMS text"},
    {"sms_payload", Cnt, "SMS text"},
    {"mail_body", Cnt, "e-mail body"},
    {"email_body", Cnt, "e-mail body"},
};

// Words that, next to a term, say the name is about something other than the
// data itself. Grouped by reason; each group is documented in
// docs/checks/privacy-unannotated-data.md.
constexpr const char *DefaultExcluded[] = {
    // Sizes, counts and limits: imsi_len, tai_list_size, max_duration.
    "len", "length", "lens", "size", "sizes", "count", "counts", "cnt",
    "capacity", "width", "max", "min", "limit", "limits", "threshold",
    "thresh",
    // Aggregates are not about one subscriber: avg_call_duration.
    "avg", "average", "mean", "median", "stddev", "hist", "histogram",
    "percentile", "stats", "stat", "statistics",
    // Positions: cell_id_idx, payload_offset.
    "idx", "index", "indices", "offset",
    // Flags and predicates: gps_enabled, imsi_present, tmsi_valid.
    "is", "has", "flag", "flags", "enabled", "enable", "disabled", "disable",
    "ignore", "ignored",
    "present", "presence", "valid", "validity", "invalid", "mask", "bitmask",
    "supported", "support", "capable", "capability", "use", "used", "allow",
    "allowed", "required", "requested", "should", "need", "needs", "changed",
    // Not `ind`: in 3GPP layer 3 that is an indication, a message
    // (`gsm48_imsi_detach_ind` carries the identity).
    "indicator", "indicators",
    // Descriptions of the data: imsi_fmt, payload_type, imsi_prefix.
    "fmt", "format", "type", "types", "kind", "mode", "tag", "encoding",
    "version", "ver", "unit", "units", "prefix", "range", "ranges", "pattern",
    "regex", "regexp", "crc", "checksum", "csum", "hdr", "header", "desc",
    "descr", "descriptor", "signature", "sig", "request", "spec", "specs",
    "granularity", "constraint", "constraints",
    // The PLMN part of an identity names the operator, not the subscriber or
    // the place: tai_mcc, imsi_plmn.
    "mcc", "mnc", "plmn",
    // Protocol containers and network configuration: the extension fields
    // of generated ASN.1 code, the tracking areas an MME serves.
    "ext", "exts", "extension", "extensions", "served",
    // When something about the data happened: ue_location_timestamp.
    "timestamp",
    // Configuration: duration_timeout, cell_id_cfg.
    "cfg", "config", "configuration", "conf", "settings", "setting", "option",
    "options", "timeout", "timer", "interval", "retry", "retries", "attempt",
    "attempts", "policy",
    // Error and status codes: imsi_err.
    "err", "error", "errors", "errno", "status", "result", "ret", "rc",
    // Objects that process or hold the data rather than being it.
    "parser", "decoder", "encoder", "codec", "serializer", "deserializer",
    "formatter", "printer", "logger", "writer", "reader", "exporter",
    "importer", "handler", "manager", "mgr", "service", "factory", "builder",
    "generator", "validator", "checker", "converter", "listener", "observer",
    "callback", "cb", "fn", "func", "visitor", "iterator", "iter", "db",
    "database", "client", "server", "socket", "sock", "fd", "file",
    "filename", "path", "dir", "stream", "mutex", "mtx", "lock", "sem",
    "semaphore", "cond", "thread", "task", "job", "worker", "pool",
    "allocator", "hash", "hashes", "hashtable",
    // Test scaffolding.
    "test", "tests", "mock", "fake", "stub",
};

// Functions only, before the term: find_ue_by_imsi returns a UE, the IMSI
// is the key (get_imsi_by_tmsi does return an IMSI).
constexpr const char *DefaultFunctionKeysBefore[] = {"by", "for", "from"};

// Before the term only: num_imsi is a count, imsi_number is the IMSI.
constexpr const char *DefaultExcludedBefore[] = {"num", "nb",  "n",
                                                 "number", "no", "nof"};

// After the term only: imsi_sz is a size, Hungarian szImsi is a string.
// `X based Y` is a Y keyed by X: a TAI-based MDT configuration.
constexpr const char *DefaultExcludedAfter[] = {"sz", "based"};

// Functions whose name says they do something other than return the data:
// predicates, mutators, sinks (annotate those with PRIVACY_*_SINK instead),
// codecs and the privacy steps themselves.
constexpr const char *DefaultFunctionVerbs[] = {
    "is", "has", "set", "put", "write", "send", "store", "save", "persist",
    "encode", "decode", "parse", "print", "log", "dump", "format", "fmt",
    "validate", "check", "verify", "compare", "cmp", "equal", "equals", "eq",
    "match", "matches", "free", "release", "destroy", "delete", "del",
    "clear", "reset", "init", "initialize", "initialise", "alloc",
    "allocate", "add", "remove", "insert", "update", "handle", "process",
    "on", "register", "unregister", "fill", "emit", "report", "notify",
    "trace", "assert", "expect", "build", "anonymize", "anonymise",
    "pseudonymize", "pseudonymise", "obfuscate", "scramble", "redact", "mask",
    "hash",
};

// Terms that locate something by coordinates. A position of network
// equipment - an antenna, a site, a satellite's orbit, an NTN gateway - is
// about the network, not a subscriber, whether the equipment's name is in the
// declaration's own name or in the enclosing record's or function's.
constexpr const char *PositionTerms[] = {
    "latitude", "longitude", "lat", "lon", "lng", "long", "gps", "gnss",
    "geolocation", "geo_location"};
constexpr const char *NetworkEquipment =
    "antenna access_point trp site tower mast satellite orbital orbit "
    "ephemeris gnb enb gnodeb enodeb nodeb bts base_station gateway";

// Location identities no integer of fewer bits can hold: the shortest cell
// identity (GERAN CI) and the location and tracking area codes have 16 bits,
// so an 8-bit `serving_cell_id` is an index into the UE's configured cells.
constexpr const char *LocationIdentityTerms[] = {
    "cell_id", "cellid", "cell_identity", "cell_identifier", "cell_global_id",
    "cell_global_identity", "ecgi", "e_cgi", "eutra_cgi", "nr_cgi", "ncgi",
    "tai", "tracking_area_id", "tracking_area_identity", "tracking_area_code",
    "lai", "lac", "location_area_id", "location_area_identity",
    "location_area_code", "rai"};
constexpr unsigned LocationIdentityBits = 16;

// A location identity names one place, where a terminal is. A set of them
// names an area the network defines: the TAIs an AMF serves, the cells of a
// warning area, forbidden LACs, a registration area's TAI list. Such a set
// is a plural (`ecgis`, `forbidden_lacs`), a collection word in the name or
// its owner's (`tai_list`, `CellIDListForRestart`, the `_item` types of
// ASN.1 lists, the bounds of a `location_area_id_range`), or an area other
// than one of the identified kinds
// (`area_scope`, `area_of_validity`; not a location/routing/tracking/service
// area, whose identity is the place). See AreaQualifiers.
constexpr const char *CollectionWords =
    "list lists array arrays item items range ranges";
// The network's own configuration and what it broadcasts to every terminal
// in a cell: the LAC of `s1ap_args_t`, a cell id in system information or a
// public warning.
constexpr const char *NetworkOwnedOwners =
    "cfg config configuration conf settings setting args served broadcast "
    "pws warning etws cmas cbs sib mib";
// A network function's profile (what it registers with the NRF: the SUPI
// ranges, routing indicators and SUCI information an AUSF or UDM serves,
// the TAIs of an AMF) describes the network, in the owner's name.
constexpr const char *NetworkFunctionProfiles =
    "nf_profile nf_service amf_info smf_info upf_info ausf_info udm_info "
    "udr_info pcf_info bsf_info chf_info nef_info nrf_info nwdaf_info "
    "nssf_info smsf_info lmf_info gmlc_info hss_info";
// A neighbour relation is between cells: the network's topology
// (`add_neighbor(vty, addr, cell_id)`, `neigh_cell_id_r17`), in the name or
// an owner's.
constexpr const char *NeighbourWords =
    "neighbor neighbour neighbors neighbours neigh ncell ncells";
constexpr const char *AreaQualifiers[] = {"tracking", "location", "routing",
                                          "service"};
// What the network broadcasts to every terminal (a public warning, cell
// broadcast, system information, an MBMS session) is no subscriber's
// communication (Tw art. 11.2a protects communications between users), and
// its duration no subscriber's traffic.
constexpr const char *BroadcastWords =
    "pws warning etws cmas cbs broadcast mbms";
// A threshold or limit of usage is configuration, not what was used.
constexpr const char *TrafficConfigOwners =
    "threshold thresholds thresh limit limits quota quotas cfg config "
    "configuration conf policy";

// Subscriber identifiers as numbers: the fewest bits an integer needs to hold
// one. An IMSI, SUPI, MSISDN, GPSI or IMEI has up to 15 decimal digits
// (10^15 < 2^50), an IMEISV 16, an MSIN 10, an ICCID 19 or 20; a TMSI has 32
// bits and an S-TMSI 40. An `int` named `subscriber_msisdn` (a VTY command
// handler's status) cannot be the number. GUTI, SUCI and the generic
// subscriber ids have no fixed numeric form and keep any width.
struct IdentifierWidth {
  const char *Spelling;
  unsigned Bits;
};
constexpr IdentifierWidth IdentifierWidths[] = {
    {"imsi", SubscriberNumberBits},
    {"supi", SubscriberNumberBits},
    {"msisdn", SubscriberNumberBits},
    {"gpsi", SubscriberNumberBits},
    {"imei", SubscriberNumberBits},
    {"imeisv", 54},
    {"msin", 34},
    {"iccid", 64},
    {"tmsi", 32},
    {"ptmsi", 32},
    {"mtmsi", 32},
    {"stmsi", 40},
    {"subscriber_number", SubscriberNumberBits},
    {"phone_number", SubscriberNumberBits},
    {"phone_num", SubscriberNumberBits},
    {"phone_no", SubscriberNumberBits},
    {"phone_nr", SubscriberNumberBits},
    {"phonenumber", SubscriberNumberBits},
    {"telephone_number", SubscriberNumberBits},
    {"tel_number", SubscriberNumberBits},
    {"tel_no", SubscriberNumberBits},
    {"calling_number", SubscriberNumberBits},
    {"calling_num", SubscriberNumberBits},
    {"calling_party_number", SubscriberNumberBits},
    {"calling_party_num", SubscriberNumberBits},
    {"called_number", SubscriberNumberBits},
    {"called_num", SubscriberNumberBits},
    {"called_party_number", SubscriberNumberBits},
    {"called_party_num", SubscriberNumberBits},
    {"caller_number", SubscriberNumberBits},
    {"callee_number", SubscriberNumberBits},
};

// The physical cell identity (PCI, 0..1007) is a physical-layer code that
// neighbouring cells reuse a few kilometres apart, not the global identity
// of a cell; it is radio configuration. Where a code base keeps a UE's
// serving PCI as location data, ExtraTerms `phys_cell_id=location` adds it.
constexpr const char *CellIdentityTerms[] = {
    "cell_id", "cellid", "cell_identity", "cell_identifier"};
// The physical channels and signals it seeds (a scrambling sequence, a
// PBCH, a CSI-RS) and the search that finds it (`sync`) say the same, in the
// name or its owner's (`srsran_sequence_pbch(..., cell_id)`).
constexpr const char *PhysicalCellWords =
    "phy phys physical pci pbch npbch pdcch npdcch pdsch npdsch pusch npusch "
    "pucch npucch pcfich phich pmch prach nprach pss sss npss nsss dmrs crs "
    "prs srs ssb csi sync scrambling sequence";

// `long` is a longitude unless it is part of a C type name: `long double`,
// `long long`, `unsigned long`.
constexpr const char *LongTypeBefore = "long unsigned signed";
constexpr const char *LongTypeAfter = "long double int";

constexpr const char *CoordinateWords[] = {
    "lat", "lon", "lng", "long", "latitude", "longitude", "alt", "altitude"};

constexpr const char *TrafficContextWords[] = {
    "call", "calls", "cdr", "cdrs", "session", "sessions", "bearer",
    "connection", "conn", "billing", "charging", "usage", "xdr", "edr",
    "udr"};
// The word before a context-bound term says what it measures: a call's
// `usage_duration` or `total_duration`, but a QoS reservation's
// `qos_duration` and a buffering timer's `dl_buffering_duration` are not a
// subscriber's traffic, whatever record holds them.
constexpr const char *TrafficAmountWords[] = {
    "total", "actual", "elapsed", "billed", "billable", "charged",
    "chargeable", "measured", "consumed", "accumulated"};

// Information about a payload (an RTP payload's type and format) is not the
// payload.
constexpr const char *PayloadMetadata = "info information";

// A term word matches the same word or its plural (`imsis`, `cell_ids`).
bool wordMatches(llvm::StringRef Word, llvm::StringRef TermWord) {
  return Word == TermWord ||
         (Word.size() == TermWord.size() + 1 && Word.starts_with(TermWord) &&
          Word.back() == 's');
}

llvm::SmallVector<llvm::StringRef, 16> splitList(llvm::StringRef List) {
  llvm::SmallVector<llvm::StringRef, 16> Items;
  List.split(Items, ' ', -1, /*KeepEmpty=*/false);
  return Items;
}

void appendPhrases(llvm::SmallVectorImpl<WordPhrase> &Phrases,
                   llvm::StringRef List) {
  for (llvm::StringRef Item : splitList(List)) {
    WordPhrase P;
    for (llvm::StringRef W : llvm::split(Item, '_'))
      P.push_back(W);
    Phrases.push_back(std::move(P));
  }
}

void appendWords(llvm::SmallVectorImpl<std::string> &Words,
                 llvm::StringRef List) {
  for (llvm::StringRef W : splitList(List))
    Words.push_back(W.str());
}

// Whether \p P occurs in \p Words at \p At (its last word may be plural).
// Words are strings (an owner's name) or StringRefs (match()).
template <typename WordT>
bool phraseAt(llvm::ArrayRef<WordT> Words, size_t At,
              const WordPhrase &P) {
  if (P.empty() || At + P.size() > Words.size())
    return false;
  for (size_t I = 0, N = P.size(); I != N; ++I)
    if (I + 1 == N ? !wordMatches(Words[At + I], P[I]) : Words[At + I] != P[I])
      return false;
  return true;
}

// Whether \p P occurs in \p Words outside the words [Begin, End).
template <typename WordT>
bool phraseOutside(llvm::ArrayRef<WordT> Words, const WordPhrase &P,
                   size_t Begin, size_t End) {
  for (size_t At = 0; At + P.size() <= Words.size(); ++At)
    if ((At + P.size() <= Begin || At >= End) && phraseAt(Words, At, P))
      return true;
  return false;
}

// Whether \p Words, outside [Begin, End), name an area the network defines:
// `area` or `areas` not qualified as one of the identified kinds.
template <typename WordT>
bool namesDefinedArea(llvm::ArrayRef<WordT> Words, size_t Begin,
                      size_t End) {
  for (size_t I = 0, E = Words.size(); I != E; ++I)
    if ((I < Begin || I >= End) && wordMatches(Words[I], "area") &&
        !(I > 0 && llvm::is_contained(AreaQualifiers, Words[I - 1])))
      return true;
  return false;
}

} // namespace

NameVocabulary NameVocabulary::telecomDefaults() {
  NameVocabulary V;
  // The shared lists go into many terms: split each once.
  llvm::DenseMap<const char *, llvm::SmallVector<WordPhrase, 16>> Split;
  auto addPhrases = [&](llvm::SmallVectorImpl<WordPhrase> &Phrases,
                        const char *List) {
    auto [It, New] = Split.try_emplace(List);
    if (New)
      appendPhrases(It->second, List);
    Phrases.append(It->second.begin(), It->second.end());
  };
  for (const TermSpec &S : DefaultTerms) {
    NameTerm T;
    for (llvm::StringRef W : llvm::split(S.Spelling, '_'))
      T.Words.push_back(W.str());
    T.Category = S.Category;
    T.Label = S.Label;
    T.Context = S.Context;
    addPhrases(T.ContextExclusions, S.Exclusions);
    llvm::StringRef Spelling = S.Spelling;
    if (llvm::is_contained(PositionTerms, Spelling)) {
      addPhrases(T.ContextExclusions, NetworkEquipment);
      addPhrases(T.OwnerExclusions, NetworkEquipment);
    }
    if (Spelling == "gps" || Spelling == "gnss")
      addPhrases(T.OwnerExclusions, GnssTimeOwners);
    if (llvm::is_contained(LocationIdentityTerms, Spelling)) {
      T.MinIntegerBits = LocationIdentityBits;
      T.OnePlace = true;
      addPhrases(T.ContextExclusions, CollectionWords);
      addPhrases(T.OwnerExclusions, CollectionWords);
      addPhrases(T.OwnerExclusions, NetworkOwnedOwners);
      addPhrases(T.ContextExclusions, NetworkOwnedOwners);
      addPhrases(T.ContextExclusions, NeighbourWords);
      addPhrases(T.OwnerExclusions, NeighbourWords);
    }
    if (S.Category == Trf)
      addPhrases(T.OwnerExclusions, TrafficConfigOwners);
    if (S.Category == Cnt || S.Category == Trf) {
      addPhrases(T.ContextExclusions, BroadcastWords);
      addPhrases(T.OwnerExclusions, BroadcastWords);
    }
    for (const IdentifierWidth &W : IdentifierWidths)
      if (Spelling == W.Spelling)
        T.MinIntegerBits = W.Bits;
    if (llvm::is_contained(CellIdentityTerms, Spelling)) {
      addPhrases(T.ContextExclusions, PhysicalCellWords);
      addPhrases(T.OwnerExclusions, PhysicalCellWords);
    }
    // A payload inside a control-information record, method or unpacker
    // (`pucch_uci_message::get_full_payload`, `unpack_bsr(payload)`) is
    // control bits too.
    if (Spelling == "payload") {
      addPhrases(T.OwnerExclusions, OwnerControlInformation);
      addPhrases(T.ContextExclusions, PayloadMetadata);
    }
    if (Spelling == "long") {
      appendWords(T.NotAfter, LongTypeBefore);
      appendWords(T.NotBefore, LongTypeAfter);
    }
    V.addIndexedTerm(std::move(T));
  }
  for (const char *W : DefaultExcluded)
    V.Excluded.insert(W);
  for (const char *W : DefaultExcludedBefore)
    V.ExcludedBefore.insert(W);
  for (const char *W : DefaultExcludedAfter)
    V.ExcludedAfter.insert(W);
  for (const char *W : DefaultFunctionVerbs)
    V.FunctionVerbs.insert(W);
  for (const char *W : DefaultFunctionKeysBefore)
    V.FunctionKeysBefore.insert(W);
  return V;
}

bool NameVocabulary::addTerm(llvm::StringRef Spelling, DataCategory Category,
                             llvm::StringRef Label) {
  NameTerm T;
  for (std::string &W : splitIdentifier(Spelling))
    T.Words.push_back(std::move(W));
  if (T.Words.empty())
    return false;
  T.Category = Category;
  T.Label = Label.str();
  addIndexedTerm(std::move(T));
  return true;
}

void NameVocabulary::addIndexedTerm(NameTerm T) {
  ByFirstWord[T.Words.front()].push_back(Terms.size());
  Terms.push_back(std::move(T));
}

void NameVocabulary::addExcludedWord(llvm::StringRef Word) {
  Excluded.insert(Word.lower());
}

std::optional<NameMatch> NameVocabulary::match(llvm::StringRef Name,
                                               NameRole Role) const {
  llvm::SmallString<64> Lower;
  llvm::SmallVector<llvm::StringRef, 8> Words;
  splitIdentifier(Name, Lower, Words);
  return match(Words, Role);
}

std::optional<NameMatch>
NameVocabulary::match(llvm::ArrayRef<llvm::StringRef> Words,
                      NameRole Role) const {
  // The terms whose first word is one of the words or its singular
  // (wordMatches), in their order: the others cannot match.
  llvm::SmallVector<unsigned, 16> Candidates;
  auto AddStartingWith = [&](llvm::StringRef W) {
    auto It = ByFirstWord.find(W);
    if (It != ByFirstWord.end())
      Candidates.append(It->second.begin(), It->second.end());
  };
  for (llvm::StringRef W : Words) {
    AddStartingWith(W);
    if (W.ends_with("s"))
      AddStartingWith(W.drop_back());
  }
  llvm::sort(Candidates);
  Candidates.erase(std::unique(Candidates.begin(), Candidates.end()),
                   Candidates.end());
  const NameTerm *Best = nullptr;
  unsigned BestBegin = 0;
  for (unsigned Index : Candidates) {
    const NameTerm &T = Terms[Index];
    size_t N = T.Words.size();
    for (size_t Begin = 0; Begin + N <= Words.size(); ++Begin) {
      bool All = true;
      for (size_t I = 0; I != N && All; ++I)
        All = I + 1 == N ? wordMatches(Words[Begin + I], T.Words[I])
                         : Words[Begin + I] == T.Words[I];
      if (!All)
        continue;
      // `long_double_value`: this occurrence is part of another phrase; a
      // later one may still be the term.
      if ((Begin > 0 && llvm::is_contained(T.NotAfter, Words[Begin - 1])) ||
          (Begin + N < Words.size() &&
           llvm::is_contained(T.NotBefore, Words[Begin + N])))
        continue;
      // Longest first; then a term that needs no context (`long_imsi` is
      // an IMSI, not a longitude); then the earliest.
      auto Rank = [](const NameTerm &Term, size_t At) {
        return std::make_tuple(Term.Words.size(),
                               Term.Context == TermContext::None,
                               -static_cast<long>(At));
      };
      bool Better = !Best || Rank(T, Begin) > Rank(*Best, BestBegin);
      if (Better) {
        Best = &T;
        BestBegin = Begin;
      }
      break;
    }
  }
  if (!Best)
    return std::nullopt;

  unsigned End = BestBegin + Best->Words.size();
  for (unsigned I = 0, E = Words.size(); I != E; ++I) {
    if (I >= BestBegin && I < End)
      continue;
    llvm::StringRef W = Words[I];
    if (Excluded.contains(W) || (I < BestBegin && ExcludedBefore.contains(W)) ||
        (I >= End && ExcludedAfter.contains(W)) ||
        (Role == NameRole::Function &&
         (FunctionVerbs.contains(W) ||
          (I < BestBegin && FunctionKeysBefore.contains(W)))))
      return std::nullopt;
  }
  if (llvm::any_of(Best->ContextExclusions, [&](const WordPhrase &P) {
        return phraseOutside(Words, P, BestBegin, End);
      }))
    return std::nullopt;
  if (Best->Context == TermContext::Traffic && BestBegin > 0 &&
      !isTrafficContextWord(Words[BestBegin - 1]) &&
      !llvm::is_contained(TrafficAmountWords, Words[BestBegin - 1]))
    return std::nullopt;
  if (Best->OnePlace && (Words[End - 1] != Best->Words.back() ||
                         namesDefinedArea(Words, BestBegin, End)))
    return std::nullopt;
  NameMatch M;
  M.Term = Best;
  M.Begin = BestBegin;
  M.End = End;
  for (llvm::StringRef W : Words)
    M.Words.push_back(W.str());
  return M;
}

bool NameVocabulary::isPhysicalLayerDirectory(llvm::StringRef Component) {
  return llvm::is_contained({"phy", "physical", "l1", "layer1"},
                            Component.lower());
}

bool NameVocabulary::isCoordinateWord(llvm::StringRef Word) {
  return llvm::is_contained(CoordinateWords, Word);
}

bool NameVocabulary::isCollectionWord(llvm::StringRef Word) {
  static const llvm::SmallVector<llvm::StringRef, 16> Words =
      splitList(CollectionWords);
  return llvm::is_contained(Words, Word);
}

bool NameVocabulary::isTrafficContextWord(llvm::StringRef Word) {
  return llvm::is_contained(TrafficContextWords, Word);
}

bool NameVocabulary::ownerExcludes(const NameTerm &Term,
                                   llvm::ArrayRef<std::string> OwnerWords) {
  if (Term.OnePlace && namesDefinedArea(OwnerWords, 0, 0))
    return true;
  // Every term: split once, not copied into each term.
  static const llvm::SmallVector<WordPhrase, 16> Profiles = [] {
    llvm::SmallVector<WordPhrase, 16> P;
    appendPhrases(P, NetworkFunctionProfiles);
    return P;
  }();
  if (llvm::any_of(Profiles, [&](const WordPhrase &P) {
        return phraseOutside(OwnerWords, P, 0, 0);
      }))
    return true;
  return llvm::any_of(Term.OwnerExclusions, [&](const WordPhrase &P) {
    return phraseOutside(OwnerWords, P, 0, 0);
  });
}

} // namespace clang::tidy::privacy
