# Illustrations of the Learn area: drawn with QPainter in one schematic style.
target_sources(spinesignal_ui PRIVATE
    learn/illustrations/circulationcanvas.cpp learn/illustrations/circulationcanvas.h
    learn/illustrations/exercisecanvas.cpp learn/illustrations/exercisecanvas.h
    learn/illustrations/exerciseillustration.cpp learn/illustrations/exerciseillustration.h
    learn/illustrations/figurepose.cpp learn/illustrations/figurepose.h
    learn/illustrations/illustrationcanvas.cpp learn/illustrations/illustrationcanvas.h
    learn/illustrations/illustrationfactory.cpp learn/illustrations/illustrationfactory.h
    learn/illustrations/inflammationcanvas.cpp learn/illustrations/inflammationcanvas.h
    learn/illustrations/mechanismcanvas.cpp learn/illustrations/mechanismcanvas.h
    learn/illustrations/mechanismillustration.cpp learn/illustrations/mechanismillustration.h
    learn/illustrations/mechanismpaths.cpp learn/illustrations/mechanismpaths.h
    learn/illustrations/nervecompressioncanvas.cpp learn/illustrations/nervecompressioncanvas.h
    learn/illustrations/schematic.cpp learn/illustrations/schematic.h
    learn/illustrations/spineoverviewcanvas.cpp learn/illustrations/spineoverviewcanvas.h
)
