"""Reading and writing scenario files (YAML, JSON) with messages that point at the line."""

from accord.io.errors import ScenarioFileError
from accord.io.scenario import (
    builtin_names,
    flow_depth_excess,
    load,
    load_file,
    load_text,
    parse_json_text,
    parse_yaml_text,
    translate_validation_error,
)

__all__ = ["ScenarioFileError", "builtin_names", "flow_depth_excess", "load", "load_file", "load_text",
           "parse_json_text", "parse_yaml_text", "translate_validation_error"]
