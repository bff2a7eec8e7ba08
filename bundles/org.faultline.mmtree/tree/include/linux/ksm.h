#ifndef _LINUX_KSM_H
#define _LINUX_KSM_H
/* Faultline model: KSM, which the fault path only needs to recognise. */

#include <linux/mm_types.h>

/* An anonymous page merged by KSM: never reused on a write fault. */
extern int PageKsm(struct page *page);

#endif /* _LINUX_KSM_H */
