// What SQLite alone allows on this machine: the fewest statements a PutProfileObject
// needs on the bench store, through the C API with no JSON, no Qt and no mapping, on a
// copy of the 1,000,000-profile store with cplocal's pragmas and triggers.
//   matching: find the profile by _email, read it, write it back, store the object's
//             key and the object (what an object for an existing customer costs)
//   creating: a new profile with its predefined keys (_profileId, _email, _phone,
//             _fullName), the object's key and the object
// Each once per transaction (as one caller gets) and 64 per transaction (group commit at
// its best), with cplocal's automatic checkpoints and with none (the WAL only grows).
// Prints one JSON object. Usage: sqlite_floor STORE_COPY [OBJECTS]
//
// sqlite_floor --upload EMPTY_STORE ROWS: what an upload job's rows cost SQLite alone (the
// rows bench_upload loads, on an empty store bench_upload --empty-store made): per row
// the unique key's lookup, a new profile and its keys (_profileId, _email, _phone,
// _fullName, the job's unique key), 5,000 rows per transaction as the job stores them,
// with ids that grow as the job's do.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace {

struct Statements
{
    sqlite3 *db = nullptr;
    std::vector<sqlite3_stmt *> all;

    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "sqlite_floor: %s: %s\n", sql, sqlite3_errmsg(db));
            std::exit(1);
        }
        all.push_back(s);
        return s;
    }
    ~Statements()
    {
        for (sqlite3_stmt *s : all)
            sqlite3_finalize(s);
    }
};

void bindText(sqlite3_stmt *s, int index, const std::string &text)
{
    sqlite3_bind_text(s, index, text.c_str(), int(text.size()), SQLITE_TRANSIENT);
}

bool step(sqlite3_stmt *s)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

double runMode(sqlite3 *db, bool creating, int count, int batch, const std::string &tag)
{
    Statements st{db, {}};
    sqlite3_stmt *begin = st.prepare("BEGIN");
    sqlite3_stmt *commit = st.prepare("COMMIT");
    sqlite3_stmt *find = st.prepare("SELECT profile_id FROM profile_keys WHERE domain = 'bench-1m'"
                                    " AND key_name = '_email' AND value = ? LIMIT 2");
    sqlite3_stmt *read = st.prepare("SELECT data, field_sources, object_count FROM profiles"
                                    " WHERE domain = 'bench-1m' AND id = ?");
    sqlite3_stmt *write = st.prepare(
        "UPDATE profiles SET data = ?, field_sources = ?, object_count = ?, updated_at = ?"
        " WHERE domain = 'bench-1m' AND id = ?");
    sqlite3_stmt *insertProfile = st.prepare(
        "INSERT INTO profiles (domain, id, data, field_sources, object_count, created_at,"
        " updated_at) VALUES ('bench-1m', ?, ?, '{}', 1, 1, 1)");
    sqlite3_stmt *key = st.prepare(
        "INSERT OR IGNORE INTO profile_keys (domain, key_name, value, profile_id, origin)"
        " VALUES ('bench-1m', ?, ?, ?, ?)");
    sqlite3_stmt *object = st.prepare(
        "INSERT INTO objects (domain, object_type, unique_value, object_key, profile_id, body,"
        " size, created_at, updated_at) VALUES ('bench-1m', 'Floor', ?, ?, ?, ?, ?, 1, 1)");
    const auto addKey = [key](const char *name, const std::string &value, const std::string &id,
                              const char *origin) {
        sqlite3_bind_text(key, 1, name, -1, SQLITE_STATIC);
        bindText(key, 2, value);
        bindText(key, 3, id);
        sqlite3_bind_text(key, 4, origin, -1, SQLITE_STATIC);
        return step(key);
    };

    std::mt19937 random(unsigned(std::hash<std::string>{}(tag)));
    std::uniform_int_distribution<int> pick(0, 999999);
    std::uniform_int_distribution<unsigned> hex(0, 15);
    const auto start = std::chrono::steady_clock::now();
    for (int n = 0; n < count; ++n) {
        if (n % batch == 0 && !step(begin))
            return -1;
        const std::string contact = tag + "-" + std::to_string(n);
        std::string email = "user" + std::to_string(pick(random)) + "@example.com";
        std::string id;
        if (creating) {
            email = "new-" + contact + "@example.org";
            for (int i = 0; i < 32; ++i)
                id += "0123456789abcdef"[hex(random)];
            bindText(insertProfile, 1, id);
            bindText(insertProfile, 2, "{\"EmailAddress\":\"" + email + "\"}");
            if (!step(insertProfile) || !addKey("_profileId", id, id, "predefined") ||
                !addKey("_email", email, id, "predefined") ||
                !addKey("_phone", "+1666" + std::to_string(1000000 + n), id, "predefined") ||
                !addKey("_fullName", "new contact " + contact, id, "predefined"))
                return -1;
        } else {
            bindText(find, 1, email);
            if (sqlite3_step(find) == SQLITE_ROW)
                id = reinterpret_cast<const char *>(sqlite3_column_text(find, 0));
            sqlite3_reset(find);
            bindText(read, 1, id);
            std::string data, sources;
            int objects = 0;
            if (sqlite3_step(read) == SQLITE_ROW) {
                data = reinterpret_cast<const char *>(sqlite3_column_text(read, 0));
                sources = reinterpret_cast<const char *>(sqlite3_column_text(read, 1));
                objects = sqlite3_column_int(read, 2);
            }
            sqlite3_reset(read);
            bindText(write, 1, data);
            bindText(write, 2, sources);
            sqlite3_bind_int(write, 3, objects + 1);
            sqlite3_bind_int64(write, 4, n);
            bindText(write, 5, id);
            if (id.empty() || !step(write))
                return -1;
        }
        const std::string body = "{\"contactId\":\"" + contact + "\",\"email\":\"" + email + "\"}";
        bindText(object, 1, contact);
        bindText(object, 2, contact);
        bindText(object, 3, id);
        bindText(object, 4, body);
        sqlite3_bind_int(object, 5, int(body.size()));
        if (!addKey("contactId", contact, id, "object:Floor") ||
            !addKey("_email", email, id, "object:Floor") || !step(object))
            return -1;
        if ((n % batch == batch - 1 || n == count - 1) && !step(commit))
            return -1;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return count / seconds;
}

// The upload floor; rows per second, -1 on an error.
double runUpload(sqlite3 *db, int rows, int batch)
{
    Statements st{db, {}};
    sqlite3_stmt *begin = st.prepare("BEGIN");
    sqlite3_stmt *commit = st.prepare("COMMIT");
    sqlite3_stmt *find = st.prepare("SELECT profile_id FROM profile_keys WHERE domain ="
                                    " 'bench-upload' AND key_name = 'email' AND value = ? LIMIT 2");
    sqlite3_stmt *insertProfile = st.prepare(
        "INSERT INTO profiles (domain, id, data, field_sources, object_count, created_at,"
        " updated_at) VALUES ('bench-upload', ?, ?, ?, 0, 1, 1)");
    sqlite3_stmt *key = st.prepare(
        "INSERT OR IGNORE INTO profile_keys (domain, key_name, value, profile_id, origin)"
        " VALUES ('bench-upload', ?, ?, ?, ?)");
    const auto addKey = [key](const char *name, const std::string &value, const std::string &id,
                              const char *origin) {
        sqlite3_bind_text(key, 1, name, -1, SQLITE_STATIC);
        bindText(key, 2, value);
        bindText(key, 3, id);
        sqlite3_bind_text(key, 4, origin, -1, SQLITE_STATIC);
        return step(key);
    };
    std::mt19937 random(7);
    std::uniform_int_distribution<unsigned> hex(0, 15);
    const auto start = std::chrono::steady_clock::now();
    for (int n = 0; n < rows; ++n) {
        if (n % batch == 0 && !step(begin))
            return -1;
        const std::string i = std::to_string(n);
        const std::string email = "customer" + i + "@example.com";
        bindText(find, 1, email);
        if (sqlite3_step(find) == SQLITE_ROW)
            return -1; // every row is new
        sqlite3_reset(find);
        // Ids that grow, as an upload job's (a counter, then random hex digits).
        char prefix[19];
        std::snprintf(prefix, sizeof prefix, "%018x", unsigned(n));
        std::string id = prefix;
        for (int c = 0; c < 14; ++c)
            id += "0123456789abcdef"[hex(random)];
        const std::string phone = "+1555" + std::to_string(1000000 + n);
        bindText(insertProfile, 1, id);
        bindText(insertProfile, 2,
                 "{\"Address\":{\"City\":\"City " + std::to_string(n % 1000) +
                     ", XY\"},\"EmailAddress\":\"" + email + "\",\"FirstName\":\"First" + i +
                     "\",\"LastName\":\"Last" + i + "\",\"PhoneNumber\":\"+1-555-" +
                     std::to_string(1000000 + n) + "\"}");
        bindText(insertProfile, 3,
                 "{\"Address.City\":[\"upload:j\"],\"EmailAddress\":[\"upload:j\"],"
                 "\"FirstName\":[\"upload:j\"],\"LastName\":[\"upload:j\"],"
                 "\"PhoneNumber\":[\"upload:j\"]}");
        if (!step(insertProfile) || !addKey("_profileId", id, id, "predefined") ||
            !addKey("_email", email, id, "predefined") ||
            !addKey("_phone", phone, id, "predefined") ||
            !addKey("_fullName", "first" + i + " last" + i, id, "predefined") ||
            !addKey("email", email, id, "upload:j"))
            return -1;
        if ((n % batch == batch - 1 || n == rows - 1) && !step(commit))
            return -1;
    }
    return rows / std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && std::string(argv[1]) == "--upload") {
        sqlite3 *db = nullptr;
        if (sqlite3_open(argv[2], &db) != SQLITE_OK)
            return 1;
        sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     " PRAGMA mmap_size=0; PRAGMA cache_size=-32768;"
                     " PRAGMA recursive_triggers=ON; PRAGMA wal_autocheckpoint=4096",
                     nullptr, nullptr, nullptr);
        const int rows = std::atoi(argv[3]);
        const double rate = runUpload(db, rows, 5000);
        if (rate < 0) {
            std::fprintf(stderr, "sqlite_floor: upload failed: %s\n", sqlite3_errmsg(db));
            return 1;
        }
        sqlite3_close(db);
        std::printf("{\"upload_rows\":%d,\"rows_per_transaction\":5000,\"rows_per_s\":%ld}\n",
                    rows, long(rate));
        return 0;
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: sqlite_floor STORE_COPY [OBJECTS]\n");
        return 2;
    }
    const int count = argc > 2 ? std::atoi(argv[2]) : 10000;
    std::string json = "{";
    int run = 0;
    for (const bool checkpoints : {true, false}) {
        sqlite3 *db = nullptr;
        if (sqlite3_open(argv[1], &db) != SQLITE_OK)
            return 1;
        const std::string pragmas =
            std::string("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                        " PRAGMA mmap_size=0; PRAGMA cache_size=-32768;"
                        " PRAGMA recursive_triggers=ON; PRAGMA wal_autocheckpoint=") +
            (checkpoints ? "4096" : "0");
        sqlite3_exec(db, pragmas.c_str(), nullptr, nullptr, nullptr);
        json += std::string(run ? "," : "") + "\"" +
                (checkpoints ? "with_checkpoints" : "without_checkpoints") + "\":{";
        int field = 0;
        for (const bool creating : {false, true}) {
            for (const int batch : {1, 64}) {
                const std::string name = std::string(creating ? "creating" : "matching") + "_per_" +
                                         (batch == 1 ? "transaction" : "64");
                const double rate =
                    runMode(db, creating, count, batch, "floor" + std::to_string(run++));
                if (rate < 0) {
                    std::fprintf(stderr, "sqlite_floor: %s failed: %s\n", name.c_str(),
                                 sqlite3_errmsg(db));
                    return 1;
                }
                json += std::string(field++ ? "," : "") + "\"" + name +
                        "\":" + std::to_string(long(rate));
            }
        }
        json += "}";
        if (!checkpoints)
            sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    json += ",\"objects_per_run\":" + std::to_string(count) + "}";
    std::printf("%s\n", json.c_str());
    return 0;
}
