"""BackCoach's illustration generator.

A parametric figure (``model``: human proportions, joint angles, forward kinematics) is
posed per exercise (``exercises``), projected with simple props (``props``) and written as
SVG (``render``); ``raster`` (the only Qt part) makes PNG icons, the .ico and contact
sheets. Run ``python -m tools.figures`` from the project root; the SVG files it writes are
committed and carry a header saying they are generated.
"""
