"""One sentence read by the grammar: the discourse state in force at each token, the step each
rule of :mod:`indicators.rules.grammar` builds with, and the slots built.

A *slot* is one metric mention with what binds to it in its sentence: the amounts that
follow it, the growth rates, the subject region(s), the time, the scope and the kind.
:mod:`indicators.facts.extract` turns slots into facts.  What is in force as the tokens are read
is three small records with explicit end points: the :class:`Subject` (places), a
:class:`CarriedScope` (企业, 项目 … until its clause group or brackets end) and the :class:`Open`
phrase (the slot the next figure may join).

The package: :mod:`.common` (records, the state in force, shared text tests), one module of
steps per concern (:mod:`.times`, :mod:`.places`, :mod:`.scope`, :mod:`.kinds`, :mod:`.lists`, :mod:`.figures`), and :mod:`.core`,
the :class:`Sentence` that joins them.  The concerns' classes form one chain (``Sentence(Times)``,
``Times(Places)``, ``Places(Scope)``, ``Scope(Kinds)``, ``Kinds(Lists)``, ``Lists(Figures)``,
``Figures(SentenceBase)``): the method order of the six mixins they were, with single inheritance,
which the compiled build (``tools/compile.py``, mypyc) needs.
"""
from .common import Quantity, Slot, pick_amounts, read_unparsed, start_in_passing, this_year_since, width
from .core import Sentence, opening_place, paragraph_place, source_place

__all__ = ["Quantity", "Sentence", "Slot", "opening_place", "paragraph_place", "pick_amounts", "source_place", "read_unparsed", "start_in_passing", "this_year_since", "width"]
