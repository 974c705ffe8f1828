"""Runs Alembic commands in-process for the differential suite, one JSON object per line.

Requests on stdin:  {"op": "open", "dir": <script directory>, "url": <SQLAlchemy URL>}
                    {"op": "upgrade" | "downgrade" | "stamp", "target": <target string>}
                    {"op": "close"}
Answers on stdout:  {"ok": true} or {"ok": false, "kind": "error" | "crash", "type": ..., "message": ...}

"error" is Alembic's own CommandError (what its command line reports as a clean failure);
"crash" is any other exception escaping Alembic (a KeyError, an AssertionError, ...).
One process serves a whole test class: starting Python and importing SQLAlchemy per command
would cost more than the commands themselves.
"""
import json
import logging
import sys

from alembic import command
from alembic import util
from alembic.config import Config
from alembic.script import ScriptDirectory
import sqlalchemy

protocol = sys.stdout
# Anything Alembic or a revision prints must not mix with the answers.
sys.stdout = sys.stderr
logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

state = {}

# command.upgrade/downgrade/stamp call ScriptDirectory.from_config each time, which reads and
# compiles every revision file again; a case's files never change, so read them once per case.
original_from_config = ScriptDirectory.from_config.__func__


def cached_from_config(cls, config):
    script = state.get("script")
    if script is None:
        script = original_from_config(cls, config)
        state["script"] = script
    return script


ScriptDirectory.from_config = classmethod(cached_from_config)


def open_case(request):
    close_case()
    config = Config()
    config.set_main_option("script_location", request["dir"])
    state["config"] = config
    # One pooled connection per case, closed (dispose) before the next case resets the database.
    state["engine"] = sqlalchemy.create_engine(request["url"], pool_size=1)


def close_case():
    engine = state.pop("engine", None)
    if engine is not None:
        engine.dispose()
    state.pop("config", None)
    state.pop("script", None)


def run(request):
    config = state["config"]
    with state["engine"].begin() as connection:
        config.attributes["connection"] = connection
        op = request["op"]
        if op == "upgrade":
            command.upgrade(config, request["target"])
        elif op == "downgrade":
            command.downgrade(config, request["target"])
        elif op == "stamp":
            command.stamp(config, request["target"])
        else:
            raise ValueError("unknown op " + op)


def answer(payload):
    protocol.write(json.dumps(payload) + "\n")
    protocol.flush()


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            if request["op"] == "open":
                open_case(request)
            elif request["op"] == "close":
                close_case()
            else:
                run(request)
            answer({"ok": True})
        except util.CommandError as ex:
            answer({"ok": False, "kind": "error", "type": type(ex).__name__, "message": str(ex)})
        except Exception as ex:  # noqa: BLE001 - a crash inside Alembic is an answer too
            answer({"ok": False, "kind": "crash", "type": type(ex).__name__, "message": repr(ex)})


if __name__ == "__main__":
    main()
