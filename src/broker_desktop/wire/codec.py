"""JSON encoding of the values that cross between a workstation and the office server.

JSON alone loses types (dates, enums, tuples, the core's records), so every such value is
an object with one ``$`` tag. Only the types defined in the core modules listed below can
be rebuilt, by name: a peer can never make the other side instantiate anything else.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import importlib
import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache, partial
from pathlib import Path, PurePath
from typing import Any

import orjson

from broker_desktop.core.paging import Cursor, PageColumns, row_class

# The modules whose dataclasses, named tuples and enums may cross the wire.
RECORD_MODULES = (
    "broker_desktop.core.admin",
    "broker_desktop.core.audit",
    "broker_desktop.core.audit_chain",
    "broker_desktop.core.client_merge",
    "broker_desktop.core.clients",
    "broker_desktop.core.commissions",
    "broker_desktop.core.contracts",
    "broker_desktop.core.deadlines",
    "broker_desktop.core.errors",
    "broker_desktop.core.export",
    "broker_desktop.core.importing.duplicates",
    "broker_desktop.core.importing.mapping",
    "broker_desktop.core.importing.portfolio",
    "broker_desktop.core.importing.rows",
    "broker_desktop.core.importing.sources",
    "broker_desktop.core.importing.store",
    "broker_desktop.core.paging",
    "broker_desktop.core.reconciliation",
    "broker_desktop.core.reference",
    "broker_desktop.core.rights",
    "broker_desktop.core.transfers",
    "broker_desktop.core.usual_splits",
)

MAX_DEPTH = 64


class CodecError(ValueError):
    """A value that cannot be encoded, or a document that does not decode."""


def _is_named_tuple(obj: object) -> bool:
    return isinstance(obj, type) and issubclass(obj, tuple) and hasattr(obj, "_fields")


@cache
def registry() -> dict[str, type]:
    """Tag name -> type, for every record type of ``RECORD_MODULES``."""
    types: dict[str, type] = {}
    for module_name in RECORD_MODULES:
        module = importlib.import_module(module_name)
        for name, obj in vars(module).items():
            if not isinstance(obj, type) or obj.__module__ != module_name:
                continue
            if dataclasses.is_dataclass(obj) or _is_named_tuple(obj) or issubclass(obj, enum.Enum):
                if name in types:  # tags are plain names: two records may not share one
                    raise CodecError(f"two record types named {name}")
                types[name] = obj
    return types


def _type_name(cls: type) -> str:
    name = cls.__name__
    if registry().get(name) is not cls:
        raise CodecError(f"{cls.__module__}.{cls.__qualname__} may not cross the wire")
    return name


@cache
def _init_fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    """A record's fields given to its constructor (read once per class)."""
    return tuple(f for f in dataclasses.fields(cls) if f.init)


def _lookup(name: object) -> type:
    cls = registry().get(name) if isinstance(name, str) else None
    if cls is None:
        raise CodecError(f"unknown type {name!r}")
    return cls


# JSON carries these as they are (a page is mostly made of them: skip the dispatch)
_PLAIN = frozenset({str, int, bool, type(None)})
_PLAIN_JSON = frozenset({str, int, float, bool, type(None)})
_DATE_OR_NONE = frozenset({date, type(None)})
_INT_OR_NONE = frozenset({int, type(None)})
_TEXT_OR_NONE = frozenset({str, type(None)})


# ----- encoding -----------------------------------------------------------------------------
def to_jsonable(value: Any, depth: int = 0) -> Any:
    if type(value) in _PLAIN:
        return value
    if type(value) is date:
        return {"$date": value.isoformat()}
    if depth > MAX_DEPTH:
        raise CodecError("value nested too deeply")
    d = depth + 1
    if type(value) is PageColumns:
        return _encode_page_columns(value, d) if value.columns[0] else []
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, enum.Enum):
        return {"$enum": _type_name(type(value)), "v": to_jsonable(value.value, d)}
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return {"$float": repr(value)}
        return value
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, PurePath):
        return {"$path": str(value)}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            "$record": _type_name(type(value)),
            "f": {
                f.name: to_jsonable(getattr(value, f.name), d) for f in _init_fields(type(value))
            },
        }
    if isinstance(value, tuple):
        if hasattr(value, "_fields"):
            cls = type(value)
            if registry().get(cls.__name__) is cls:
                return {"$named": cls.__name__, "v": [to_jsonable(v, d) for v in value]}
            # a page row: a named tuple built at run time from the listing's columns
            return {
                "$row": cls.__name__,
                "k": list(value._fields),
                "v": [to_jsonable(v, d) for v in value],
            }
        return {"$tuple": [to_jsonable(v, d) for v in value]}
    if isinstance(value, list):
        first = value[0] if value else None
        if (
            isinstance(first, tuple)
            and hasattr(first, "_fields")
            and registry().get(type(first).__name__) is not type(first)
            and all(type(v) is type(first) for v in value)
        ):
            return _encode_page(value, d)
        return [to_jsonable(v, d) for v in value]
    if isinstance(value, (set, frozenset)):
        items = [to_jsonable(v, d) for v in value]
        items.sort(key=lambda item: json.dumps(item, sort_keys=True))
        return {"$frozenset": items}
    if isinstance(value, dict):
        return {"$map": [[to_jsonable(k, d), to_jsonable(v, d)] for k, v in value.items()]}
    raise CodecError(f"a {type(value).__name__} may not cross the wire")


# A page (a list of run-time rows) crosses column by column, each column with one code, so
# that 200 rows cost one type check per column instead of a dispatch per value:
#   "p"  plain JSON scalars (text, integers, booleans, null), carried as they are
#   "d"  dates (or null) as day numbers (``date.toordinal``: 20 times cheaper than ISO text)
#   "D"  dates (or null) as ISO text, as the database keeps them: the server sends them as
#        it read them, the workstation reads them at half the cost of day numbers
#   "n:<Name>"  a registered named tuple (the rows' ``Cursor``), as ``[codes, columns]`` of
#        its fields, coded the same way
#   "=<k>"  inside a page's named tuple column only: the same values as the page's column k
#        (a cursor's id is the row's id; its sort value is often one of the row's fields)
#   "g"  anything else, value by value through the general encoding
def _encode_column(column: tuple[Any, ...], d: int) -> tuple[str, list[Any]]:
    kinds = set(map(type, column))
    if kinds <= _PLAIN:
        return "p", list(column)
    if kinds <= _DATE_OR_NONE:
        if type(None) in kinds:
            return "d", [None if v is None else v.toordinal() for v in column]
        return "d", list(map(date.toordinal, column))
    if len(kinds) == 1 and d <= MAX_DEPTH:
        cls = next(iter(kinds))
        if _is_named_tuple(cls) and registry().get(cls.__name__) is cls:
            codes, columns = _encode_columns(column, d + 1)
            return f"n:{cls.__name__}", [codes, columns]
    return "g", [to_jsonable(v, d) for v in column]


def _encode_columns(rows: Any, d: int) -> tuple[list[str], list[list[Any]]]:
    codes, columns = [], []
    for column in zip(*rows, strict=True):
        code, values = _encode_column(column, d)
        codes.append(code)
        columns.append(values)
    return codes, columns


def _encode_page(rows: list[Any], d: int) -> dict[str, Any]:
    codes, columns = _encode_columns(rows, d)
    return {"$page": type(rows[0]).__name__, "k": list(rows[0]._fields), "c": codes, "v": columns}


def _encode_page_columns(page: PageColumns, d: int) -> dict[str, Any]:
    """A ``$page`` decoding to the rows ``page.rows()`` would give, from the columns as the
    database gave them: a column known to hold plain values or ISO dates (``kinds``) is
    carried as it is, without looking at its values."""
    kinds, sort_values = page.kinds, page.columns[1]
    cls = page.row_class
    codes: list[str] = []
    columns: list[Any] = []
    for i, column in enumerate(page.columns):
        if i == 1:  # the cursors: placed below
            codes.append(f"n:{Cursor.__name__}")
            columns.append(None)
        elif kinds[i]:  # PLAIN or ISO_DATE: the wire's "p" and "D" as they are
            codes.append(kinds[i])
            columns.append(column)
        else:
            code, values = _encode_column(column, d)
            codes.append(code)
            columns.append(values)
    # the sort value: the same as one of the row's fields, or sent on its own
    same = next(
        (
            i
            for i in range(2, len(kinds))
            if kinds[i] == kinds[1] and page.columns[i] == sort_values
        ),
        None,
    )
    sort_code: str
    sort_column: Any
    if same is not None:
        sort_code, sort_column = f"={same}", None
    elif kinds[1]:
        sort_code, sort_column = kinds[1], sort_values
    else:
        sort_code, sort_column = _encode_column(sort_values, d + 1)
    columns[1] = [[sort_code, "=0"], [sort_column, None]]
    return {"$page": cls.__name__, "k": list(cls._fields), "c": codes, "v": columns}


# ----- decoding -----------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class DecodeRules:
    """What a side accepts. The server refuses run-time row classes and bytes (a client
    never needs to send them, and each new row shape would be cached for good)."""

    allow_rows: bool = False
    allow_bytes: bool = False


SERVER_RULES = DecodeRules()
CLIENT_RULES = DecodeRules(allow_rows=True, allow_bytes=True)


def from_jsonable(doc: Any, rules: DecodeRules, depth: int = 0) -> Any:
    if depth > MAX_DEPTH:
        raise CodecError("document nested too deeply")
    d = depth + 1
    if doc is None or isinstance(doc, (bool, int, float, str)):
        return doc
    if isinstance(doc, list):
        return [from_jsonable(v, rules, d) for v in doc]
    if not isinstance(doc, dict):
        raise CodecError("unexpected JSON value")
    tags = [k for k in doc if k.startswith("$")]
    if len(tags) != 1:
        raise CodecError("an object must carry exactly one $ tag")
    tag = tags[0]
    body = doc[tag]
    decoder = _DECODERS.get(tag)
    if decoder is None:
        raise CodecError(f"unknown tag {tag}")
    try:
        return decoder(doc, body, rules, d)
    except CodecError:
        raise
    except (TypeError, ValueError, KeyError, InvalidOperation, OverflowError) as exc:
        raise CodecError(f"invalid {tag} value ({type(exc).__name__})") from None


def _items(body: Any) -> list[Any]:
    if not isinstance(body, list):
        raise CodecError("expected a list")
    return body


def _dec_enum(doc: dict[str, Any], body: Any, rules: DecodeRules, d: int) -> Any:
    cls = _lookup(body)
    if not issubclass(cls, enum.Enum):
        raise CodecError(f"{body} is not an enum")
    return cls(from_jsonable(doc.get("v"), rules, d))


def _dec_record(doc: dict[str, Any], body: Any, rules: DecodeRules, d: int) -> Any:
    cls = _lookup(body)
    if not dataclasses.is_dataclass(cls):
        raise CodecError(f"{body} is not a record")
    fields = doc.get("f")
    if not isinstance(fields, dict):
        raise CodecError("record fields missing")
    allowed = {f.name for f in _init_fields(cls)}
    unknown = set(fields) - allowed
    if unknown:
        raise CodecError(f"unknown field(s) of {body}: {', '.join(sorted(unknown))}")
    return cls(**{k: from_jsonable(v, rules, d) for k, v in fields.items()})


def _dec_named(doc: dict[str, Any], body: Any, rules: DecodeRules, d: int) -> Any:
    cls = _lookup(body)
    if not _is_named_tuple(cls):
        raise CodecError(f"{body} is not a named tuple")
    return cls(*[from_jsonable(v, rules, d) for v in _items(doc.get("v"))])


def _dec_row(doc: dict[str, Any], body: Any, rules: DecodeRules, d: int) -> Any:
    if not rules.allow_rows:
        raise CodecError("rows are not accepted here")
    keys = _items(doc.get("k"))
    values = [from_jsonable(v, rules, d) for v in _items(doc.get("v"))]
    if not isinstance(body, str) or not all(isinstance(k, str) for k in keys):
        raise CodecError("invalid row")
    cls = row_class(body, tuple(k for k in keys if k not in ("id", "cursor")))
    if list(cls._fields) != keys:
        raise CodecError("row columns out of order")
    return cls(*values)


def _decode_column(
    code: Any, column: Any, rules: DecodeRules, d: int, *, page: list[Any] | None = None
) -> list[Any]:
    if d > MAX_DEPTH:
        raise CodecError("document nested too deeply")
    values = _items(column)
    if code == "p":
        if not set(map(type, values)) <= _PLAIN_JSON:
            raise CodecError("a plain column holds a structured value")
        return values
    if code == "d":
        kinds = set(map(type, values))
        if not kinds <= _INT_OR_NONE:
            raise CodecError("a date column holds something else than day numbers")
        if type(None) in kinds:
            return [None if v is None else date.fromordinal(v) for v in values]
        return list(map(date.fromordinal, values))
    if code == "D":
        kinds = set(map(type, values))
        if not kinds <= _TEXT_OR_NONE:
            raise CodecError("a date column holds something else than ISO dates")
        try:
            if type(None) in kinds:
                return [None if v is None else date.fromisoformat(v) for v in values]
            return list(map(date.fromisoformat, values))
        except ValueError:
            raise CodecError("a date column holds something else than ISO dates") from None
    if code == "g":
        return [from_jsonable(v, rules, d) for v in values]
    if isinstance(code, str) and code.startswith("n:"):
        cls: Any = _lookup(code[2:])
        if not _is_named_tuple(cls):
            raise CodecError(f"{code[2:]} is not a named tuple")
        if len(values) != 2:
            raise CodecError("a named tuple column is [codes, columns]")
        fields = _decode_columns(values[0], values[1], len(cls._fields), rules, d + 1, page=page)
        return list(map(partial(tuple.__new__, cls), zip(*fields, strict=True)))
    raise CodecError("unknown column code")


def _decode_columns(
    codes: Any,
    columns: Any,
    width: int,
    rules: DecodeRules,
    d: int,
    *,
    page: list[Any] | None = None,
) -> list[list[Any]]:
    """Columns one by one; ``page``: the decoded columns of the page a named tuple column
    belongs to, which its ``=<k>`` columns repeat."""
    codes, columns = _items(codes), _items(columns)
    if not len(codes) == len(columns) == width:
        raise CodecError("one code and one column per field")
    decoded = [
        _same_as(code, page)
        if isinstance(code, str) and code.startswith("=")
        else _decode_column(code, values, rules, d)
        for code, values in zip(codes, columns, strict=True)
    ]
    if len({len(column) for column in decoded}) > 1:
        raise CodecError("the columns differ in length")
    return decoded


def _same_as(code: str, page: list[Any] | None) -> list[Any]:
    index = code[1:]
    if page is None or not index.isdigit() or int(index) >= len(page):
        raise CodecError("a column refers to no column of its page")
    column = page[int(index)]
    if column is None:  # not a plain column of the page (its own named tuple column)
        raise CodecError("a column refers to no column of its page")
    return column  # type: ignore[no-any-return]


def _dec_page(doc: dict[str, Any], body: Any, rules: DecodeRules, d: int) -> Any:
    if not rules.allow_rows:
        raise CodecError("rows are not accepted here")
    keys = _items(doc.get("k"))
    if not isinstance(body, str) or not all(isinstance(k, str) for k in keys):
        raise CodecError("invalid page")
    cls = row_class(body, tuple(k for k in keys if k not in ("id", "cursor")))
    if list(cls._fields) != keys:
        raise CodecError("row columns out of order")
    codes, columns = _items(doc.get("c")), _items(doc.get("v"))
    if not len(codes) == len(columns) == len(keys):
        raise CodecError("one code and one column per field")
    # the named tuple columns last: they may repeat the page's other columns
    nested = [isinstance(c, str) and c.startswith("n:") for c in codes]
    decoded: list[Any] = [
        None if inner else _decode_column(c, v, rules, d)
        for c, v, inner in zip(codes, columns, nested, strict=True)
    ]
    plain = list(decoded)
    for i, inner in enumerate(nested):
        if inner:
            decoded[i] = _decode_column(codes[i], columns[i], rules, d, page=plain)
    if len({len(column) for column in decoded}) > 1:
        raise CodecError("the columns differ in length")
    return list(map(partial(tuple.__new__, cls), zip(*decoded, strict=True)))


def _dec_bytes(doc: dict[str, Any], body: Any, rules: DecodeRules, d: int) -> Any:
    if not rules.allow_bytes:
        raise CodecError("bytes are not accepted here")
    return base64.b64decode(body, validate=True)


def _dec_float(doc: dict[str, Any], body: Any, rules: DecodeRules, d: int) -> Any:
    if body not in ("nan", "inf", "-inf"):
        raise CodecError("invalid float")
    return float(body)


def _dec_map(doc: dict[str, Any], body: Any, rules: DecodeRules, d: int) -> Any:
    out = {}
    for pair in _items(body):
        if not isinstance(pair, list) or len(pair) != 2:
            raise CodecError("a map entry is a [key, value] pair")
        key = from_jsonable(pair[0], rules, d)
        try:
            out[key] = from_jsonable(pair[1], rules, d)
        except TypeError:
            raise CodecError("unhashable map key") from None
    return out


def _dec_frozenset(doc: dict[str, Any], body: Any, rules: DecodeRules, d: int) -> Any:
    try:
        return frozenset(from_jsonable(v, rules, d) for v in _items(body))
    except TypeError:
        raise CodecError("unhashable set member") from None


def _text(body: Any) -> str:
    if not isinstance(body, str):
        raise CodecError("expected text")
    return body


_DECODERS: dict[str, Callable[[dict[str, Any], Any, DecodeRules, int], Any]] = {
    "$enum": _dec_enum,
    "$record": _dec_record,
    "$named": _dec_named,
    "$row": _dec_row,
    "$page": _dec_page,
    "$bytes": _dec_bytes,
    "$float": _dec_float,
    "$map": _dec_map,
    "$frozenset": _dec_frozenset,
    "$tuple": lambda doc, body, rules, d: tuple(from_jsonable(v, rules, d) for v in _items(body)),
    "$datetime": lambda doc, body, rules, d: datetime.fromisoformat(_text(body)),
    "$date": lambda doc, body, rules, d: date.fromisoformat(_text(body)),
    "$decimal": lambda doc, body, rules, d: Decimal(_text(body)),
    "$path": lambda doc, body, rules, d: Path(_text(body)),
}


def dumps(value: Any) -> bytes:
    return dumps_doc(to_jsonable(value))


def dumps_result(value: Any) -> bytes:
    """The body of a call's answer: ``{"result": ...}``."""
    return dumps_doc({"result": to_jsonable(value)})


def dumps_doc(doc: Any) -> bytes:
    """JSON text of an encoded document (orjson: a page's text in a tenth of the time)."""
    try:
        return orjson.dumps(doc)
    except orjson.JSONEncodeError:  # integers beyond 64 bits: the standard library has them
        return json.dumps(doc, separators=(",", ":"), allow_nan=False).encode("utf-8")


def loads_doc(data: bytes | bytearray | str) -> Any:
    """The document in JSON text; ``CodecError`` if it is not JSON (orjson refuses NaN,
    lone surrogates and nesting beyond 1,024 levels)."""
    try:
        return orjson.loads(data)
    except (orjson.JSONDecodeError, RecursionError):
        raise CodecError("the body is not valid JSON") from None


def loads(data: bytes, rules: DecodeRules) -> Any:
    return from_jsonable(loads_doc(data), rules)
