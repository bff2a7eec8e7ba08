/**
 * Conversion of the front end's records to the EMF vocabulary {@code org.faultline.model.c} (cmodel.ecore), for the
 * IDE and for storage.
 */
package org.faultline.c.emf;
