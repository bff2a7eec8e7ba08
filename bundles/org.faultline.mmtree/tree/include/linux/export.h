#ifndef _LINUX_EXPORT_H
#define _LINUX_EXPORT_H
/*
 * Faultline model: symbol export is not modelled.  The header exists
 * because mm/memory.c includes it in the lines the seed patch shows.
 */
#endif /* _LINUX_EXPORT_H */
