"""Ctrl-C before the command has anything to unwind ends the process at once (130).

While the CLI starts (its imports, spaCy's, the model check) a KeyboardInterrupt is not
safe to raise: a library may swallow it in a bare except (spaCy's `is_package` did, and
the run went on), turn it into an ImportError (numpy does, mid-import), or set CPython's
flag for an unhandled Ctrl-C so that exit 130 becomes death by SIGINT (-2). Nothing is open then
but a claimed output file, so the process ends on the spot. From where a command starts
something that must be stopped (a cluster, a progress bar, the batch's own handler), a
Ctrl-C raises KeyboardInterrupt again (`unwind_from_here`)."""

import os
import signal

MESSAGE = b"stopped (Ctrl-C)\n"
_command = False  # whether the process is the factcli command (its signals are factcli's)


def _stop_now(signum, frame) -> None:
    os.write(2, MESSAGE)
    os._exit(130)


def stop_at_once() -> None:
    """From now a Ctrl-C ends the process at once; not if SIGINT is ignored (nohup, "&")."""
    global _command
    _command = True
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _stop_now)


def unwind_from_here() -> None:
    """From now a Ctrl-C raises KeyboardInterrupt (so `finally` blocks and `with` exits run)."""
    if signal.getsignal(signal.SIGINT) is _stop_now:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def outcome_decided(handlers: dict) -> None:
    """A batch's outcome is decided and written; `handlers`: the signals' handlers before it
    took them over. The command ignores those signals now (nothing is left to stop: one used
    to escape as a bare KeyboardInterrupt, exit -2); a caller in-process (a test, a notebook)
    gets its own handlers back."""
    for signum, handler in handlers.items():
        if _command:
            signal.signal(signum, signal.SIG_IGN)
        elif handler is not None:  # (None: a handler not installed from Python; left as it is)
            signal.signal(signum, handler)
