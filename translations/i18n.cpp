// The compiled translations ride along as resources of this library.
namespace ab {
int i18nAnchor() { return 0; }
}
