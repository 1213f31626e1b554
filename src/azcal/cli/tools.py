"""The commands that serve others: check rules files, print a shell's completion, run the service."""

from __future__ import annotations

from ..errors import MissingExtraError
from .arguments import UsageError
from .streams import Answer, as_json_text, shown

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    import argparse


def check(args: argparse.Namespace) -> Answer:
    """The findings are the output: one line each; status 1 if any file has a problem."""
    if bool(args.files) == args.official:
        raise UsageError("check: give rules files, or --official for the packaged data")
    from ..check import check_official, check_rules

    found = check_official() if args.official else {name: check_rules(name) for name in args.files}
    status = 1 if any(found.values()) else 0
    if args.json:
        report = [
            {
                "file": shown(name),
                "ok": not errors,
                "errors": [
                    {"message": shown(e.reason), "entry": e.entry and shown(e.entry), "line": e.line} for e in errors
                ],
            }
            for name, errors in found.items()
        ]
        return Answer(as_json_text(report), status)
    lines = [
        f"{name}: ok" if not errors else "\n".join(str(e).replace("\n", " ") for e in errors)
        for name, errors in found.items()
    ]
    return Answer("\n".join(lines), status)


def completion(args: argparse.Namespace) -> Answer:
    from ..completion import script

    return Answer(script(args.shell))


def serve(args: argparse.Namespace) -> Answer:
    """Run the service until it is stopped; nothing more to print."""
    try:
        from ..server import Settings, serve, trusted_proxies
    except ImportError:  # the extra is not installed
        raise MissingExtraError("the service needs FastAPI and granian: pip install 'azcal[server]'") from None
    settings = Settings(
        rules=tuple(args.rules),
        as_of=args.as_of.isoformat() if args.as_of else None,
        week=args.week,
        forwarded_allow_ips=trusted_proxies(args.forwarded_allow_ips),
        header_timeout=args.header_timeout,
        send_timeout=args.send_timeout,
        max_connections=args.max_connections,
    )
    serve(args.host, args.port, args.workers, settings)
    return Answer("")
