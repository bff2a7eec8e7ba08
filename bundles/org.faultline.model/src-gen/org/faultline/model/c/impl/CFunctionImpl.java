/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.faultline.model.c.CCall;
import org.faultline.model.c.CCfgEdge;
import org.faultline.model.c.CCfgNode;
import org.faultline.model.c.CFunction;
import org.faultline.model.c.CGoto;
import org.faultline.model.c.CLabel;
import org.faultline.model.c.CPackage;
import org.faultline.model.c.CParameter;
import org.faultline.model.c.CStatement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Function</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getReturnType <em>Return Type</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getLine <em>Line</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getEndLine <em>End Line</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getLeadingComment <em>Leading Comment</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#isStaticStorage <em>Static Storage</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getStatements <em>Statements</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getCalls <em>Calls</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getGotos <em>Gotos</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getCfgNodes <em>Cfg Nodes</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionImpl#getCfgEdges <em>Cfg Edges</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CFunctionImpl extends MinimalEObjectImpl.Container implements CFunction {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getReturnType() <em>Return Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnType()
	 * @generated
	 * @ordered
	 */
	protected static final String RETURN_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReturnType() <em>Return Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnType()
	 * @generated
	 * @ordered
	 */
	protected String returnType = RETURN_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected int line = LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndLine() <em>End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndLine()
	 * @generated
	 * @ordered
	 */
	protected static final int END_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEndLine() <em>End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndLine()
	 * @generated
	 * @ordered
	 */
	protected int endLine = END_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeadingComment() <em>Leading Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadingComment()
	 * @generated
	 * @ordered
	 */
	protected static final String LEADING_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeadingComment() <em>Leading Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadingComment()
	 * @generated
	 * @ordered
	 */
	protected String leadingComment = LEADING_COMMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isStaticStorage() <em>Static Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStaticStorage()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STATIC_STORAGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isStaticStorage() <em>Static Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStaticStorage()
	 * @generated
	 * @ordered
	 */
	protected boolean staticStorage = STATIC_STORAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<CParameter> parameters;

	/**
	 * The cached value of the '{@link #getStatements() <em>Statements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatements()
	 * @generated
	 * @ordered
	 */
	protected EList<CStatement> statements;

	/**
	 * The cached value of the '{@link #getCalls() <em>Calls</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalls()
	 * @generated
	 * @ordered
	 */
	protected EList<CCall> calls;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<CLabel> labels;

	/**
	 * The cached value of the '{@link #getGotos() <em>Gotos</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGotos()
	 * @generated
	 * @ordered
	 */
	protected EList<CGoto> gotos;

	/**
	 * The cached value of the '{@link #getCfgNodes() <em>Cfg Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCfgNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<CCfgNode> cfgNodes;

	/**
	 * The cached value of the '{@link #getCfgEdges() <em>Cfg Edges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCfgEdges()
	 * @generated
	 * @ordered
	 */
	protected EList<CCfgEdge> cfgEdges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CFunctionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CPackage.Literals.CFUNCTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReturnType() {
		return returnType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnType(String newReturnType) {
		String oldReturnType = returnType;
		returnType = newReturnType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION__RETURN_TYPE, oldReturnType, returnType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(int newLine) {
		int oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndLine() {
		return endLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndLine(int newEndLine) {
		int oldEndLine = endLine;
		endLine = newEndLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION__END_LINE, oldEndLine, endLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLeadingComment() {
		return leadingComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadingComment(String newLeadingComment) {
		String oldLeadingComment = leadingComment;
		leadingComment = newLeadingComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION__LEADING_COMMENT, oldLeadingComment, leadingComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStaticStorage() {
		return staticStorage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaticStorage(boolean newStaticStorage) {
		boolean oldStaticStorage = staticStorage;
		staticStorage = newStaticStorage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION__STATIC_STORAGE, oldStaticStorage, staticStorage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CParameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<CParameter>(CParameter.class, this, CPackage.CFUNCTION__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CStatement> getStatements() {
		if (statements == null) {
			statements = new EObjectContainmentEList<CStatement>(CStatement.class, this, CPackage.CFUNCTION__STATEMENTS);
		}
		return statements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CCall> getCalls() {
		if (calls == null) {
			calls = new EObjectContainmentEList<CCall>(CCall.class, this, CPackage.CFUNCTION__CALLS);
		}
		return calls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CLabel> getLabels() {
		if (labels == null) {
			labels = new EObjectContainmentEList<CLabel>(CLabel.class, this, CPackage.CFUNCTION__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CGoto> getGotos() {
		if (gotos == null) {
			gotos = new EObjectContainmentEList<CGoto>(CGoto.class, this, CPackage.CFUNCTION__GOTOS);
		}
		return gotos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CCfgNode> getCfgNodes() {
		if (cfgNodes == null) {
			cfgNodes = new EObjectContainmentEList<CCfgNode>(CCfgNode.class, this, CPackage.CFUNCTION__CFG_NODES);
		}
		return cfgNodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CCfgEdge> getCfgEdges() {
		if (cfgEdges == null) {
			cfgEdges = new EObjectContainmentEList<CCfgEdge>(CCfgEdge.class, this, CPackage.CFUNCTION__CFG_EDGES);
		}
		return cfgEdges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CPackage.CFUNCTION__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case CPackage.CFUNCTION__STATEMENTS:
				return ((InternalEList<?>)getStatements()).basicRemove(otherEnd, msgs);
			case CPackage.CFUNCTION__CALLS:
				return ((InternalEList<?>)getCalls()).basicRemove(otherEnd, msgs);
			case CPackage.CFUNCTION__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
			case CPackage.CFUNCTION__GOTOS:
				return ((InternalEList<?>)getGotos()).basicRemove(otherEnd, msgs);
			case CPackage.CFUNCTION__CFG_NODES:
				return ((InternalEList<?>)getCfgNodes()).basicRemove(otherEnd, msgs);
			case CPackage.CFUNCTION__CFG_EDGES:
				return ((InternalEList<?>)getCfgEdges()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CPackage.CFUNCTION__NAME:
				return getName();
			case CPackage.CFUNCTION__RETURN_TYPE:
				return getReturnType();
			case CPackage.CFUNCTION__FILE:
				return getFile();
			case CPackage.CFUNCTION__LINE:
				return getLine();
			case CPackage.CFUNCTION__END_LINE:
				return getEndLine();
			case CPackage.CFUNCTION__LEADING_COMMENT:
				return getLeadingComment();
			case CPackage.CFUNCTION__STATIC_STORAGE:
				return isStaticStorage();
			case CPackage.CFUNCTION__PARAMETERS:
				return getParameters();
			case CPackage.CFUNCTION__STATEMENTS:
				return getStatements();
			case CPackage.CFUNCTION__CALLS:
				return getCalls();
			case CPackage.CFUNCTION__LABELS:
				return getLabels();
			case CPackage.CFUNCTION__GOTOS:
				return getGotos();
			case CPackage.CFUNCTION__CFG_NODES:
				return getCfgNodes();
			case CPackage.CFUNCTION__CFG_EDGES:
				return getCfgEdges();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CPackage.CFUNCTION__NAME:
				setName((String)newValue);
				return;
			case CPackage.CFUNCTION__RETURN_TYPE:
				setReturnType((String)newValue);
				return;
			case CPackage.CFUNCTION__FILE:
				setFile((String)newValue);
				return;
			case CPackage.CFUNCTION__LINE:
				setLine((Integer)newValue);
				return;
			case CPackage.CFUNCTION__END_LINE:
				setEndLine((Integer)newValue);
				return;
			case CPackage.CFUNCTION__LEADING_COMMENT:
				setLeadingComment((String)newValue);
				return;
			case CPackage.CFUNCTION__STATIC_STORAGE:
				setStaticStorage((Boolean)newValue);
				return;
			case CPackage.CFUNCTION__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends CParameter>)newValue);
				return;
			case CPackage.CFUNCTION__STATEMENTS:
				getStatements().clear();
				getStatements().addAll((Collection<? extends CStatement>)newValue);
				return;
			case CPackage.CFUNCTION__CALLS:
				getCalls().clear();
				getCalls().addAll((Collection<? extends CCall>)newValue);
				return;
			case CPackage.CFUNCTION__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends CLabel>)newValue);
				return;
			case CPackage.CFUNCTION__GOTOS:
				getGotos().clear();
				getGotos().addAll((Collection<? extends CGoto>)newValue);
				return;
			case CPackage.CFUNCTION__CFG_NODES:
				getCfgNodes().clear();
				getCfgNodes().addAll((Collection<? extends CCfgNode>)newValue);
				return;
			case CPackage.CFUNCTION__CFG_EDGES:
				getCfgEdges().clear();
				getCfgEdges().addAll((Collection<? extends CCfgEdge>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CPackage.CFUNCTION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CPackage.CFUNCTION__RETURN_TYPE:
				setReturnType(RETURN_TYPE_EDEFAULT);
				return;
			case CPackage.CFUNCTION__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case CPackage.CFUNCTION__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case CPackage.CFUNCTION__END_LINE:
				setEndLine(END_LINE_EDEFAULT);
				return;
			case CPackage.CFUNCTION__LEADING_COMMENT:
				setLeadingComment(LEADING_COMMENT_EDEFAULT);
				return;
			case CPackage.CFUNCTION__STATIC_STORAGE:
				setStaticStorage(STATIC_STORAGE_EDEFAULT);
				return;
			case CPackage.CFUNCTION__PARAMETERS:
				getParameters().clear();
				return;
			case CPackage.CFUNCTION__STATEMENTS:
				getStatements().clear();
				return;
			case CPackage.CFUNCTION__CALLS:
				getCalls().clear();
				return;
			case CPackage.CFUNCTION__LABELS:
				getLabels().clear();
				return;
			case CPackage.CFUNCTION__GOTOS:
				getGotos().clear();
				return;
			case CPackage.CFUNCTION__CFG_NODES:
				getCfgNodes().clear();
				return;
			case CPackage.CFUNCTION__CFG_EDGES:
				getCfgEdges().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CPackage.CFUNCTION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CPackage.CFUNCTION__RETURN_TYPE:
				return RETURN_TYPE_EDEFAULT == null ? returnType != null : !RETURN_TYPE_EDEFAULT.equals(returnType);
			case CPackage.CFUNCTION__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case CPackage.CFUNCTION__LINE:
				return line != LINE_EDEFAULT;
			case CPackage.CFUNCTION__END_LINE:
				return endLine != END_LINE_EDEFAULT;
			case CPackage.CFUNCTION__LEADING_COMMENT:
				return LEADING_COMMENT_EDEFAULT == null ? leadingComment != null : !LEADING_COMMENT_EDEFAULT.equals(leadingComment);
			case CPackage.CFUNCTION__STATIC_STORAGE:
				return staticStorage != STATIC_STORAGE_EDEFAULT;
			case CPackage.CFUNCTION__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case CPackage.CFUNCTION__STATEMENTS:
				return statements != null && !statements.isEmpty();
			case CPackage.CFUNCTION__CALLS:
				return calls != null && !calls.isEmpty();
			case CPackage.CFUNCTION__LABELS:
				return labels != null && !labels.isEmpty();
			case CPackage.CFUNCTION__GOTOS:
				return gotos != null && !gotos.isEmpty();
			case CPackage.CFUNCTION__CFG_NODES:
				return cfgNodes != null && !cfgNodes.isEmpty();
			case CPackage.CFUNCTION__CFG_EDGES:
				return cfgEdges != null && !cfgEdges.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", returnType: ");
		result.append(returnType);
		result.append(", file: ");
		result.append(file);
		result.append(", line: ");
		result.append(line);
		result.append(", endLine: ");
		result.append(endLine);
		result.append(", leadingComment: ");
		result.append(leadingComment);
		result.append(", staticStorage: ");
		result.append(staticStorage);
		result.append(')');
		return result.toString();
	}

} //CFunctionImpl
