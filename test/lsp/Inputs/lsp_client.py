#!/usr/bin/env python3
"""A scripted LSP client for privacy-tidy lsp's tests (python3 stdlib only).

lsp_client.py SCENARIO PROJECT_DIR -- SERVER_COMMAND...

Runs SCENARIO against the server and prints a transcript that FileCheck
reads: every diagnostic, code action, log message and progress notification
in a stable text form, and the server's exit code. Paths are printed
relative to PROJECT_DIR. A reply that does not come within the time limit
fails the run (exit 1) instead of hanging the test suite.
"""
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

LIMIT = 120  # seconds without any message before the client gives up


class Client:
    def __init__(self, command, root):
        self.root = root
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE)
        self.buffer = b""
        self.next_id = 0

    def uri(self, name):
        return "file://" + os.path.join(self.root, name)

    def short(self, uri):
        prefix = "file://" + self.root + "/"
        return uri[len(prefix):] if uri.startswith(prefix) else uri

    def send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode()
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params):
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.next_id

    def read(self):
        """The next message from the server; answers its requests."""
        while True:
            header_end = self.buffer.find(b"\r\n\r\n")
            if header_end >= 0:
                length = None
                for line in self.buffer[:header_end].split(b"\r\n"):
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                start = header_end + 4
                if length is not None and len(self.buffer) >= start + length:
                    body = self.buffer[start:start + length]
                    self.buffer = self.buffer[start + length:]
                    message = json.loads(body)
                    if "method" in message and "id" in message:
                        self.send({"id": message["id"], "result": None})
                    return message
            ready, _, _ = select.select([self.proc.stdout], [], [], LIMIT)
            if not ready:
                fail("no message from the server for %d s" % LIMIT)
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                fail("the server closed its output")
            self.buffer += chunk

    def until(self, predicate):
        """Reads (and prints) messages until one satisfies predicate."""
        while True:
            message = self.read()
            self.show(message)
            if predicate(message):
                return message

    def show(self, message):
        method = message.get("method")
        params = message.get("params", {})
        if method == "textDocument/publishDiagnostics":
            print_diagnostics(self, params)
        elif method == "window/logMessage":
            print("log %d: %s" % (params["type"],
                                   params["message"].replace(self.root + "/", "")))
        elif method == "$/progress":
            value = params["value"]
            print("progress %s %s" % (value["kind"],
                                      value.get("title", value.get("message", ""))
                                      .replace(self.root + "/", "")))
        elif method == "window/workDoneProgress/create":
            print("progress create")
        elif "error" in message:
            print("error %d: %s" % (message["error"]["code"],
                                    message["error"]["message"]))

    def exit_code(self):
        self.proc.stdin.close()
        return self.proc.wait(timeout=LIMIT)


def fail(why):
    print("lsp_client: error: " + why, flush=True)
    sys.exit(1)


def position(p):
    return "%d:%d" % (p["line"] + 1, p["character"] + 1)


def print_diagnostics(client, params):
    diagnostics = params["diagnostics"]
    print("diagnostics %s: %d" % (client.short(params["uri"]), len(diagnostics)))
    for d in diagnostics:
        print("  %s severity=%d [%s] %s" % (position(d["range"]["start"]),
                                           d["severity"], d.get("code"),
                                           d["message"]))
        if "codeDescription" in d:
            href = d["codeDescription"]["href"]
            print("    docs: %s" % href[href.find("/docs/") + 1:])
        for r in d.get("relatedInformation", []):
            print("    related %s:%s %s" % (client.short(r["location"]["uri"]),
                                           position(r["location"]["range"]["start"]),
                                           r["message"]))


def print_actions(result):
    print("code actions: %d" % len(result))
    for action in result:
        print("  action [%s] %s" % (action["kind"], action["title"]))
        for uri, edits in sorted(action["edit"]["changes"].items()):
            for e in edits:
                print("    edit %s-%s %s" % (position(e["range"]["start"]),
                                             position(e["range"]["end"]),
                                             json.dumps(e["newText"])))


def initialize(client, progress=True, options=None):
    params = {"processId": os.getpid(), "rootUri": client.uri(""),
              "capabilities": {"window": {"workDoneProgress": progress}}}
    if options is not None:
        params["initializationOptions"] = options
    rid = client.request("initialize", params)
    reply = client.until(lambda m: m.get("id") == rid)
    caps = reply["result"]["capabilities"]
    print("initialized: codeActionProvider=%s save=%s" % (
        "codeActionProvider" in caps, "save" in caps["textDocumentSync"]))
    client.notify("initialized", {})


def open_file(client, name, language):
    with open(os.path.join(client.root, name)) as f:
        text = f.read()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": client.uri(name), "languageId": language, "version": 1,
        "text": text}})


def progress_end(m):
    return (m.get("method") == "$/progress"
            and m["params"]["value"]["kind"] == "end")


def is_diagnostics(client, name):
    return lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                      and m["params"]["uri"] == client.uri(name))


def code_actions(client, name, line):
    rid = client.request("textDocument/codeAction", {
        "textDocument": {"uri": client.uri(name)},
        "range": {"start": {"line": line - 1, "character": 0},
                  "end": {"line": line - 1, "character": 0}},
        "context": {"diagnostics": []}})
    print("code actions at %s:%d" % (name, line))
    print_actions(client.until(lambda m: m.get("id") == rid)["result"])


def shutdown(client):
    rid = client.request("shutdown", None)
    client.until(lambda m: m.get("id") == rid)
    client.notify("exit", None)
    print("exit code %d" % client.exit_code())


def scenario_diagnostics(client):
    """Findings with their paths, both code actions, C and C++, a clean file."""
    initialize(client)
    open_file(client, "ue.cpp", "cpp")
    # The worker publishes, then ends the progress: nothing of it is left
    # to interleave with the replies below.
    client.until(progress_end)
    code_actions(client, "ue.cpp", 9)
    code_actions(client, "ue.cpp", 16)
    code_actions(client, "ue.cpp", 3)
    open_file(client, "ue.c", "c")
    client.until(progress_end)
    open_file(client, "clean.cpp", "cpp")
    client.until(progress_end)
    shutdown(client)


def scenario_cancel(client):
    """A change during the (held) first analysis cancels it; the save after
    it is analysed and published."""
    initialize(client)
    open_file(client, "ue.cpp", "cpp")
    client.until(lambda m: m.get("method") == "$/progress"
                 and m["params"]["value"]["kind"] == "begin")
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": client.uri("ue.cpp"), "version": 2},
        "contentChanges": [{"range": {"start": {"line": 0, "character": 0},
                                      "end": {"line": 0, "character": 0}},
                            "text": "// edited\n"}]})
    client.until(progress_end)
    print("saving")
    client.notify("textDocument/didSave",
                  {"textDocument": {"uri": client.uri("ue.cpp")}})
    client.until(progress_end)
    shutdown(client)


def scenario_errors(client):
    """What the server says about files it cannot analyse and bad messages."""
    rid = client.request("textDocument/codeAction", {})
    client.until(lambda m: m.get("id") == rid)
    initialize(client, progress=False)
    open_file(client, "notlisted.cpp", "cpp")
    client.until(lambda m: m.get("method") == "window/logMessage")
    # Outside the build tree, whose parents may hold a compile database.
    outside = tempfile.mkdtemp()
    orphan = os.path.join(outside, "orphan.cpp")
    open(orphan, "w").close()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": "file://" + orphan, "languageId": "cpp",
        "version": 1, "text": ""}})
    client.until(lambda m: m.get("method") == "window/logMessage")
    shutil.rmtree(outside)
    client.send_raw(b"X-No-Length: 1\r\n\r\n")
    body = b"{not json"
    client.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    client.until(lambda m: "error" in m)
    rid = client.request("textDocument/hover", {})
    client.until(lambda m: m.get("id") == rid)
    client.notify("exit", None)  # without shutdown
    print("exit code %d" % client.exit_code())


def scenario_open(client, name="ue.cpp", database=None):
    """One file opened, then closed: its diagnostics or what the server logs
    about it, and the empty list that clears them. With database, the
    initialization option compileCommandsDir names it."""
    options = {"compileCommandsDir": database} if database else None
    initialize(client, progress=False, options=options)
    open_file(client, name, "cpp")
    # An error ends the analysis; a warning comes before the diagnostics.
    client.until(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                 or (m.get("method") == "window/logMessage"
                     and m["params"]["type"] == 1))
    client.notify("textDocument/didClose",
                  {"textDocument": {"uri": client.uri(name)}})
    client.until(is_diagnostics(client, name))
    shutdown(client)


def main():
    separator = sys.argv.index("--")
    scenario, root = sys.argv[1], os.path.abspath(sys.argv[2])
    arguments = sys.argv[3:separator]
    client = Client(sys.argv[separator + 1:], root)
    globals()["scenario_" + scenario](client, *arguments)


if __name__ == "__main__":
    main()
